package io.kefu.nlu.internal.entities;

/**
 * The keys of {@code analysis.entities}: part of the public API (API.md §2), so never rename one.
 */
public final class EntityKinds {

    public static final String ORDER_ID = "orderId";
    public static final String PHONE = "phone";
    public static final String MONEY = "money";
    /** Present with {@link #MONEY} when the message names the currency: {@code CNY}, {@code USD} or {@code EUR}. */
    public static final String CURRENCY = "currency";
    /** A map with {@code min} and/or {@code max}. */
    public static final String PRICE_RANGE = "priceRange";
    public static final String QUANTITY = "quantity";
    /** An ISO date, {@code 2026-11-20}. */
    public static final String DATE = "date";
    /** The one catalog product the message clearly refers to. */
    public static final String SKU = "sku";
    /** Every catalog product the message may refer to, best first. */
    public static final String PRODUCTS = "products";
    public static final String BRAND = "brand";
    public static final String CATEGORY = "category";
    /** A map of attribute constraints, keyed by the catalog's own attribute names where they match. */
    public static final String ATTRIBUTES = "attributes";

    private EntityKinds() {
    }
}
