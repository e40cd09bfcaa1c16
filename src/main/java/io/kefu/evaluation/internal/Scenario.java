package io.kefu.evaluation.internal;

import java.util.List;
import java.util.Map;

/**
 * One scripted conversation of a scenario suite: who the customer is, what they say, and what must
 * be true after each message. Every expectation is optional; absent means "not checked".
 *
 * @param customer the store's customer id (a signed-in shopper), or null for an anonymous visitor
 */
public record Scenario(String name, String customer, String language, List<Turn> turns) {

    /**
     * @param reply        substrings the bot's replies must contain; "a|b" accepts either
     * @param notReply     substrings no reply may contain
     * @param sources      sources the replies cite: a type ({@code knowledge}) or {@code type:id}, where
     *                     the id matches a cited id up to its version suffix ({@code faq-x} matches {@code faq-x@v2})
     * @param flow         the flow in progress afterwards, or "none"
     * @param orderStatus  order id → status expected in the store afterwards
     */
    public record Turn(String say, List<Map<String, String>> attachments, String intent, List<String> intents,
            Map<String, Object> entities, String language, List<String> reply, List<String> notReply, List<String> quickReplies,
            String flow, String awaiting, String mode, String handoff, Integer priority, String emotion, List<String> cards,
            List<String> sources, Map<String, String> orderStatus, Integer replies) {
    }
}
