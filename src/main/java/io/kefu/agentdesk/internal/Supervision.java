package io.kefu.agentdesk.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.kefu.conversation.ConversationService;
import io.kefu.conversation.LiveConversation;
import io.kefu.conversation.Mode;
import io.kefu.conversation.TurnResult;

/**
 * The supervisor's board: every live conversation with its mode, the customer's emotion, how long
 * the customer has been waiting and flags that call for a look — the bot going round in circles,
 * strong negative feeling, a long wait.
 */
@Component
class Supervision {

    static final int LIMIT = 500;
    private static final Set<String> NEGATIVE = Set.of("anger", "anxiety", "disappointment");
    private static final double STRONG = 0.5;
    private static final Duration LONG_WAIT = Duration.ofMinutes(2);

    private final ConversationService conversations;
    private final Handoffs handoffs;

    Supervision(ConversationService conversations, Handoffs handoffs) {
        this.conversations = conversations;
        this.handoffs = handoffs;
    }

    List<Row> live() {
        OffsetDateTime now = OffsetDateTime.now();
        Map<String, HandoffRow> open = new LinkedHashMap<>();
        handoffs.waiting().forEach(row -> open.put(row.conversationId(), row));
        handoffs.assigned().forEach(row -> open.put(row.conversationId(), row));
        return conversations.live(LIMIT).stream().map(conversation -> row(conversation, open.get(conversation.id()), now)).toList();
    }

    private static Row row(LiveConversation conversation, HandoffRow handoff, OffsetDateTime now) {
        long waiting = 0;
        if (handoff != null && conversation.mode() == Mode.QUEUED) {
            waiting = handoff.waitingSeconds(now);
        }
        else if (handoff != null && conversation.mode() == Mode.AGENT && handoff.lastCustomerAt() != null
                && (handoff.lastAgentAt() == null || handoff.lastCustomerAt().isAfter(handoff.lastAgentAt()))) {
            waiting = Math.max(0, Duration.between(handoff.lastCustomerAt(), now).toSeconds());
        }
        TurnResult.Emotion emotion = conversation.emotion();
        Map<String, Boolean> flags = new LinkedHashMap<>();
        flags.put("botLoop", conversation.botLoop());
        flags.put("negativeEmotion", emotion != null && NEGATIVE.contains(emotion.label()) && emotion.intensity() >= STRONG);
        flags.put("longWait", waiting >= LONG_WAIT.toSeconds());
        return new Row(conversation.id(), conversation.customerId(), conversation.mode().wire(), conversation.language(), emotion,
                conversation.intent(), waiting, handoff == null ? null : handoff.assignedAgent(), handoff == null ? null : handoff.reason(),
                handoff == null ? null : handoff.priority(), flags, conversation.createdAt(), conversation.updatedAt(),
                conversation.channel(), conversation.externalUserId());
    }


    record Row(String conversationId, String customerId, String mode, String language, TurnResult.Emotion emotion, String intent,
            long waitingSeconds, String assignedAgent, String reason, Integer priority, Map<String, Boolean> flags,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, String channel, String externalUserId) {
    }
}
