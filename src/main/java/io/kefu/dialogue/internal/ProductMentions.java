package io.kefu.dialogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The products a message names, as the entity extraction found them: a SKU, or the catalog products whose names it used. */
final class ProductMentions {

    private ProductMentions() {
    }

    /** SKUs named, the surest first; never null. */
    static List<String> skus(Map<String, Object> entities) {
        List<String> skus = new ArrayList<>();
        if (entities.get("sku") instanceof String sku) {
            skus.add(sku);
        }
        if (entities.get("products") instanceof List<?> products) {
            products.stream().map(String::valueOf).filter(sku -> !skus.contains(sku)).forEach(skus::add);
        }
        return skus;
    }
}
