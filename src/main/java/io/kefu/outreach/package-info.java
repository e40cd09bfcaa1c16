/**
 * Proactive service: the store writes first, by rules the merchant switches on (all off by default) —
 * a parcel whose tracking stalled, an order left unpaid, a goodwill coupon after a complaint was
 * resolved — within the shopper's consent, a daily limit per shopper, quiet hours and a coupon budget;
 * every message sent is recorded and reported (sent, replied, converted).
 */
package io.kefu.outreach;
