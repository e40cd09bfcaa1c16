package io.kefu.commerce;

/** Where an order is in its life; the order of constants is the usual order of events. */
public enum OrderStatus {
    PENDING_PAYMENT, PAID, SHIPPED, DELIVERED, CANCELLED, RETURN_REQUESTED, RETURNED, REFUNDED;

    /** Still moving towards the customer: the customer may ask where it is. */
    public boolean isOpen() {
        return this == PENDING_PAYMENT || this == PAID || this == SHIPPED || this == RETURN_REQUESTED;
    }

    public boolean isBeforeShipping() {
        return this == PENDING_PAYMENT || this == PAID;
    }
}
