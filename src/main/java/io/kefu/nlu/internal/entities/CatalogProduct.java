package io.kefu.nlu.internal.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What entity extraction needs to know of one catalog product. Missing texts become empty strings
 * and null attribute values are dropped, so a half-filled product never breaks matching.
 *
 * @param sku        the product's id, never blank
 * @param name       its display name, Chinese or English
 * @param brand      its brand, possibly with aliases ("华为/HUAWEI")
 * @param category   its category, possibly a path ("数码/耳机")
 * @param attributes its attributes; values are strings, numbers or booleans
 * @param tags       the merchant's keywords for it; one no other product carries may be another name
 *                   of it ("Lapsang Souchong" for 正山小种)
 */
public record CatalogProduct(String sku, String name, String brand, String category, Map<String, Object> attributes, List<String> tags) {

    public CatalogProduct(String sku, String name, String brand, String category, Map<String, Object> attributes) {
        this(sku, name, brand, category, attributes, List.of());
    }

    public CatalogProduct {
        Objects.requireNonNull(sku, "sku");
        name = name == null ? "" : name;
        brand = brand == null ? "" : brand;
        category = category == null ? "" : category;
        Map<String, Object> present = new LinkedHashMap<>();
        if (attributes != null) {
            attributes.forEach((key, value) -> {
                if (key != null && value != null) {
                    present.put(key, value);
                }
            });
        }
        attributes = Map.copyOf(present);
        tags = tags == null ? List.of() : tags.stream().filter(Objects::nonNull).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }
}
