package io.kefu.conversation;

import java.time.OffsetDateTime;

/**
 * One choice a shopper made about their data, as recorded: who ({@code customerId}, null for an
 * anonymous visitor), in which conversation, what ({@code name}), granted or withdrawn, and when.
 */
public record Consent(String customerId, String conversationId, String name, boolean granted, OffsetDateTime changedAt) {

    /** May recommendations use what is known about the shopper? Granted unless withdrawn. */
    public static final String PERSONALISED_RECOMMENDATIONS = "personalised_recommendations";

    /** May the store write to the shopper unprompted (shipment notices, payment reminders, offers)? Granted unless withdrawn. */
    public static final String PROACTIVE_MESSAGES = "proactive_messages";
}
