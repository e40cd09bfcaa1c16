package io.kefu.knowledge;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A curated FAQ entry: the ways customers ask one question, and the store's answer. The answer may
 * quote live store data through placeholders ({@code {{settings.returnWindowDays}}},
 * {@code {{product:SKU.price}}}, ...), filled in when it is served. {@code validFrom} /
 * {@code validTo} (optional) schedule when a published entry is served.
 */
public record FaqEntry(@NotBlank @Size(max = 128) String id, @NotEmpty List<@NotBlank @Size(max = 500) String> questions,
        @NotBlank @Size(max = 10_000) String answer, @NotNull @Pattern(regexp = "zh|en") String language,
        @Size(max = 200) String category, List<String> tags, @Pattern(regexp = "PUBLISHED|DRAFT") String status,
        OffsetDateTime validFrom, OffsetDateTime validTo) {

    public FaqEntry {
        tags = tags == null ? List.of() : tags;
        status = status == null ? "PUBLISHED" : status;
    }

    public FaqEntry(String id, List<String> questions, String answer, String language, String category, List<String> tags,
            String status) {
        this(id, questions, answer, language, category, tags, status, null, null);
    }

    public boolean isPublished() {
        return "PUBLISHED".equals(status);
    }

    /** Published and inside its schedule at {@code time}. */
    public boolean isServedAt(OffsetDateTime time) {
        return isPublished() && (validFrom == null || !time.isBefore(validFrom)) && (validTo == null || time.isBefore(validTo));
    }
}
