package io.kefu.knowledge;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A curated FAQ entry: the ways customers ask one question, and the store's answer.
 */
public record FaqEntry(@NotBlank @Size(max = 128) String id, @NotEmpty List<@NotBlank @Size(max = 500) String> questions,
        @NotBlank @Size(max = 10_000) String answer, @NotNull @Pattern(regexp = "zh|en") String language,
        @Size(max = 200) String category, List<String> tags, @Pattern(regexp = "PUBLISHED|DRAFT") String status) {

    public FaqEntry {
        tags = tags == null ? List.of() : tags;
        status = status == null ? "PUBLISHED" : status;
    }

    public boolean isPublished() {
        return "PUBLISHED".equals(status);
    }
}
