package io.kefu.outreach.internal;

import java.math.BigDecimal;

import io.kefu.outreach.Rule;

/**
 * Something a rule would write to a customer about: {@code subject} names the occasion (a stall of
 * one parcel, one unpaid order, one resolved complaint), so it is messaged once; {@code coupon} is the
 * value of the goodwill coupon it carries, null for none.
 */
record Occasion(Rule rule, String subject, String customerId, String orderId, BigDecimal coupon, Wording wording) {

    /** The message's text in the conversation's language; {@code couponCode} null without a coupon. */
    interface Wording {
        String text(String language, String couponCode);
    }
}
