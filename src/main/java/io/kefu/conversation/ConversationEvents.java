package io.kefu.conversation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What happens in conversations, published after it is stored. Other modules listen to these
 * instead of reading conversation tables.
 */
public final class ConversationEvents {

    private ConversationEvents() {
    }

    public record ConversationStarted(String conversationId, String customerId, String language, String channel) {
    }

    /**
     * A customer message with what was understood of it; the text is masked. {@code botAnsweredIn}:
     * from the message's arrival to the bot's answer being decided (understanding included), on the
     * node's monotonic clock; null when the bot did not answer (a human has the conversation).
     */
    public record CustomerMessageReceived(String conversationId, String customerId, Message message, TurnResult.Analysis analysis,
            Mode mode, java.time.Duration botAnsweredIn) {
    }

    /** Messages appended to a conversation (any role), in order; drives live clients. */
    public record MessagesAppended(String conversationId, List<Message> messages) {
    }

    public record ModeChanged(String conversationId, Mode from, Mode to, TurnResult.State state) {
    }

    /** The bot handed the customer to the humans at {@code at}; the conversation is now queued. */
    public record ConversationHandedOver(String conversationId, String customerId, Handoff handoff, String language,
            OffsetDateTime at) {
    }

    /**
     * A queued customer wrote something that makes them more urgent than when they were handed over
     * (a threat, harm told, anger): the waiting handoff now has this reason and priority.
     */
    public record HandoffRaised(String conversationId, Handoff handoff, OffsetDateTime at) {
    }

    /** The state told to the customer changed without a change of mode (e.g. the queue position moved). */
    public record StateChanged(String conversationId, TurnResult.State state) {
    }

    public record ConversationRated(String conversationId, int score, String comment) {
    }

    public record ConversationClosed(String conversationId) {
    }
}
