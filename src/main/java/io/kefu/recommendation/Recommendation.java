package io.kefu.recommendation;

import java.math.BigDecimal;

/** One recommended product (API §6) with why it is recommended, in the customer's language. */
public record Recommendation(String sku, String name, BigDecimal price, String reason) {
}
