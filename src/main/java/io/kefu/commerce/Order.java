package io.kefu.commerce;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A customer's order with its items and, once shipped, its shipment. */
public record Order(@NotBlank @Size(max = 128) String orderId, @NotBlank @Size(max = 128) String customerId,
        @NotNull OrderStatus status, @NotEmpty List<@NotNull @Valid Item> items, @NotNull @PositiveOrZero BigDecimal total,
        @NotNull OffsetDateTime createdAt, OffsetDateTime paidAt, OffsetDateTime shippedAt, OffsetDateTime deliveredAt,
        @Size(max = 1000) String address, @Valid Shipment shipment) {

    public record Item(@NotBlank String sku, @NotNull @Positive Integer quantity, @NotNull @PositiveOrZero BigDecimal unitPrice) {
    }

    public record Shipment(@NotBlank String carrier, @NotBlank String trackingNo, List<@NotNull @Valid Event> events) {

        public Shipment {
            events = events == null ? List.of() : events;
        }

        /** The newest event, whatever order the merchant sent them in; null when there is none. */
        public Event latestEvent() {
            return events.stream().filter(e -> e.time() != null).max(java.util.Comparator.comparing(Event::time)).orElse(null);
        }
    }

    public record Event(@NotNull OffsetDateTime time, String location, @NotBlank String description) {
    }
}
