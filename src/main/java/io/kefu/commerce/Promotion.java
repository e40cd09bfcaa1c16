package io.kefu.commerce;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A promotion, active between {@code startsAt} and {@code endsAt}, for some SKUs or categories or all. */
public record Promotion(@NotBlank @Size(max = 128) String id, @NotBlank String title, String description,
        @NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt, List<String> skus, List<String> categories,
        @NotNull Type type, @PositiveOrZero BigDecimal value) {

    public enum Type {
        DISCOUNT, COUPON, GIFT
    }

    public Promotion {
        skus = skus == null ? List.of() : skus;
        categories = categories == null ? List.of() : categories;
    }

    public boolean isActiveAt(OffsetDateTime time) {
        return !time.isBefore(startsAt) && time.isBefore(endsAt);
    }
}
