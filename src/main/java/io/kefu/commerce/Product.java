package io.kefu.commerce;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A product of the catalog. Attribute values are strings or numbers ({@code "batteryMah": 5000}).
 */
public record Product(@NotBlank @Size(max = 128) String sku, @NotBlank @Size(max = 500) String name,
        @Size(max = 200) String category, @Size(max = 200) String brand, @NotNull @PositiveOrZero BigDecimal price,
        @PositiveOrZero Integer stock, Map<String, Object> attributes, @Size(max = 10_000) String description,
        List<@NotBlank String> tags) {

    public Product {
        attributes = attributes == null ? Map.of() : attributes;
        tags = tags == null ? List.of() : tags;
    }

    public boolean inStock() {
        return stock == null || stock > 0;
    }
}
