package io.kefu.agentdesk.internal;

import java.util.Map;
import java.util.Set;

/**
 * Which skill a handed-over conversation needs, from what the customer wanted and why the bot
 * handed over: complaints and anger go to the complaints team, orders in transit to logistics,
 * after-sales requests to after-sales, shopping questions to pre-sales.
 */
final class Skills {

    static final String PRESALES = "presales";
    static final String AFTERSALES = "aftersales";
    static final String LOGISTICS = "logistics";
    static final String COMPLAINTS = "complaints";

    private static final Map<String, String> BY_INTENT = Map.ofEntries(
            Map.entry("order_status", LOGISTICS), Map.entry("logistics", LOGISTICS), Map.entry("change_address", LOGISTICS),
            Map.entry("return_request", AFTERSALES), Map.entry("exchange_request", AFTERSALES),
            Map.entry("refund_status", AFTERSALES), Map.entry("cancel_order", AFTERSALES), Map.entry("invoice", AFTERSALES),
            Map.entry("price_protection", AFTERSALES), Map.entry("payment_issue", AFTERSALES),
            Map.entry("product_question", PRESALES), Map.entry("product_search", PRESALES), Map.entry("recommendation", PRESALES),
            Map.entry("promotion_query", PRESALES), Map.entry("complaint", COMPLAINTS));

    /** Intents that say nothing about the customer's matter. */
    static final Set<String> NOT_A_MATTER = Set.of("human_agent", "greeting", "goodbye", "thanks", "out_of_scope", "faq");

    private Skills() {
    }

    /** The skill needed, or null when any agent will do. */
    static String needed(String intent, String reason) {
        if ("negative_emotion".equals(reason) || "high_risk".equals(reason)) {
            return COMPLAINTS;
        }
        return intent == null ? null : BY_INTENT.get(intent);
    }
}
