package io.kefu.dialogue.internal;

/**
 * What the bot remembers between turns of one conversation.
 *
 * @param fallbacks   consecutive turns the bot could not help with
 * @param lastOrderId the order last talked about
 * @param lastReply   the last text said, so the next phrasing differs
 */
record DialogueState(int fallbacks, String lastOrderId, String lastReply) {

    static final DialogueState INITIAL = new DialogueState(0, null, null);

    DialogueState helped(String orderId, String reply) {
        return new DialogueState(0, orderId != null ? orderId : lastOrderId, reply);
    }

    DialogueState failed(String reply) {
        return new DialogueState(fallbacks + 1, lastOrderId, reply);
    }
}
