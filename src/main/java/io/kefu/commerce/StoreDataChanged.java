package io.kefu.commerce;

/** Published after an import changed store data, so derived structures can refresh. */
public record StoreDataChanged(Kind kind, int count) {

    public enum Kind {
        SETTINGS, PRODUCTS, CUSTOMERS, ORDERS, PROMOTIONS
    }
}
