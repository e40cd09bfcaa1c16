package io.kefu.dialogue;

import java.util.List;
import java.util.Map;

/**
 * One scripted conversation of the scenario suite: who the customer is, what they say, and what
 * must be true after each message. Every expectation is optional; absent means "not checked".
 */
record Scenario(String name, String customer, String language, List<Turn> turns) {

    /**
     * @param reply        substrings the bot's replies must contain; "a|b" accepts either
     * @param notReply     substrings no reply may contain
     * @param flow         the flow in progress afterwards, or "none"
     * @param orderStatus  order id → status expected in the store afterwards
     */
    record Turn(String say, List<Map<String, String>> attachments, String intent, List<String> intents, Map<String, Object> entities,
            String language, List<String> reply, List<String> notReply, List<String> quickReplies, String flow, String awaiting,
            String mode, String handoff, Integer priority, String emotion, List<String> cards, List<String> sources,
            Map<String, String> orderStatus, Integer replies) {
    }
}
