package io.kefu.conversation.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.kefu.conversation.AnalysedMessage;
import io.kefu.conversation.ConversationEvents;
import io.kefu.conversation.Handoff;
import io.kefu.conversation.LiveConversation;
import io.kefu.conversation.Message;
import io.kefu.conversation.Mode;
import io.kefu.conversation.TurnResult;
import io.kefu.platform.Problem;
import io.kefu.privacy.PiiMasker;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the human side does to a conversation: an agent joins, writes (or notes internally), hands
 * back to the queue or the bot. Each change holds the conversation's row lock, like a turn, and
 * publishes the same events, so live clients and listeners see agent activity as they see the bot's.
 */
@Component
class StaffSide {

    private static final int LOOP_WINDOW = 6;

    private final Conversations conversations;
    private final Messages messages;
    private final StoreClock clock;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    StaffSide(Conversations conversations, Messages messages, StoreClock clock, ApplicationEventPublisher events,
            JsonMapper json) {
        this.conversations = conversations;
        this.messages = messages;
        this.clock = clock;
        this.events = events;
        this.json = json;
    }

    List<AnalysedMessage> customerAnalyses(String conversationId) {
        existing(conversationId);
        return messages.customerMessagesWithAnalysis(conversationId).stream()
            .map(row -> new AnalysedMessage(row.message(),
                    row.analysis() == null ? null : json.readValue(row.analysis(), TurnResult.Analysis.class)))
            .toList();
    }

    List<LiveConversation> live(int limit) {
        return conversations.open(limit).stream().map(row -> {
            List<Messages.Recent> recent = messages.recent(row.id(), LOOP_WINDOW);
            TurnResult.Analysis latest = recent.stream().filter(m -> m.analysis() != null).reduce((a, b) -> b)
                .map(m -> json.readValue(m.analysis(), TurnResult.Analysis.class)).orElse(null);
            return new LiveConversation(row.id(), row.customerId(), row.mode(), row.language(), row.createdAt(), row.updatedAt(),
                    handoffOf(row), latest == null ? null : latest.emotion(), latest == null ? null : latest.intent(),
                    isLoop(recent), row.channel(), row.externalUserId());
        }).toList();
    }

    /** The bot repeating itself, or the customer repeating themselves, is a loop worth a supervisor's look. */
    static boolean isLoop(List<Messages.Recent> recent) {
        List<String> bot = new ArrayList<>();
        List<String> customer = new ArrayList<>();
        for (Messages.Recent message : recent) {
            String text = message.text().strip();
            List<String> said = "bot".equals(message.role()) ? bot : "customer".equals(message.role()) ? customer : null;
            if (said == null) {
                continue;
            }
            if (said.contains(text) && text.length() >= 4) {
                return true;
            }
            said.add(text);
        }
        return false;
    }

    @Transactional
    public void agentJoined(String conversationId, String agentName) {
        ConversationRow row = lockedOpen(conversationId);
        OffsetDateTime now = now();
        // the author lets the customer's window name the agent before the agent says anything
        Message joined = new Message(TurnPipeline.newId(), "system", StaffPhrases.agentJoined(row.language(), agentName), now, List.of(),
                null, null, null, agentName, false);
        messages.append(conversationId, joined, null);
        conversations.updateState(conversationId, Mode.AGENT, row.language(), row.handoff(), row.dialogueState(), now);
        events.publishEvent(new ConversationEvents.MessagesAppended(conversationId, List.of(joined)));
        if (row.mode() != Mode.AGENT) {
            events.publishEvent(new ConversationEvents.ModeChanged(conversationId, row.mode(), Mode.AGENT,
                    new TurnResult.State(Mode.AGENT, handoffOf(row), null)));
        }
    }

    @Transactional
    public Message postAgentMessage(String conversationId, String agentName, String text, boolean internal) {
        String valid = TurnPipeline.validText(text);
        ConversationRow row = lockedOpen(conversationId);
        OffsetDateTime now = now();
        Message message = new Message(TurnPipeline.newId(), "agent", PiiMasker.mask(valid), now, null, null, null, null, agentName,
                internal);
        messages.append(conversationId, message, null);
        conversations.updateState(conversationId, row.mode(), row.language(), row.handoff(), row.dialogueState(), now);
        events.publishEvent(new ConversationEvents.MessagesAppended(conversationId, List.of(message)));
        return message;
    }

    @Transactional
    public void requeue(String conversationId, Handoff handoff) {
        ConversationRow row = lockedOpen(conversationId);
        OffsetDateTime now = now();
        Message notice = system(StaffPhrases.requeued(row.language()), now, List.of());
        messages.append(conversationId, notice, null);
        conversations.updateState(conversationId, Mode.QUEUED, row.language(), json.writeValueAsString(handoff), row.dialogueState(), now);
        events.publishEvent(new ConversationEvents.MessagesAppended(conversationId, List.of(notice)));
        events.publishEvent(new ConversationEvents.ModeChanged(conversationId, row.mode(), Mode.QUEUED,
                new TurnResult.State(Mode.QUEUED, handoff, null)));
    }

    @Transactional
    public void updateHandoff(String conversationId, Handoff handoff) {
        ConversationRow row = conversations.lock(conversationId).orElse(null);
        if (row == null || row.mode() != Mode.QUEUED) {
            return;
        }
        conversations.updateState(conversationId, row.mode(), row.language(), json.writeValueAsString(handoff), row.dialogueState(),
                now());
        events.publishEvent(new ConversationEvents.StateChanged(conversationId, new TurnResult.State(Mode.QUEUED, handoff, null)));
    }

    @Transactional
    public void agentFinished(String conversationId, boolean returnToBot) {
        ConversationRow row = lockedOpen(conversationId);
        OffsetDateTime now = now();
        List<Message> said = new ArrayList<>(List.of(system(StaffPhrases.askRating(row.language()), now, StaffPhrases.RATING_CHOICES)));
        if (returnToBot) {
            said.add(system(StaffPhrases.backToBot(row.language()), now, List.of()));
        }
        said.forEach(message -> messages.append(conversationId, message, null));
        Mode next = returnToBot ? Mode.BOT : Mode.CLOSED;
        conversations.updateState(conversationId, next, row.language(), row.handoff(), row.dialogueState(), now);
        events.publishEvent(new ConversationEvents.MessagesAppended(conversationId, said));
        events.publishEvent(new ConversationEvents.ModeChanged(conversationId, row.mode(), next, new TurnResult.State(next, null, null)));
        if (next == Mode.CLOSED) {
            events.publishEvent(new ConversationEvents.ConversationClosed(conversationId));
        }
    }

    @Transactional
    public void remindIdle(String conversationId) {
        ConversationRow row = lockedOpen(conversationId);
        Message reminder = system(StaffPhrases.stillThere(row.language()), now(), List.of());
        messages.append(conversationId, reminder, null);
        events.publishEvent(new ConversationEvents.MessagesAppended(conversationId, List.of(reminder)));
    }

    private ConversationRow lockedOpen(String conversationId) {
        ConversationRow row = conversations.lock(conversationId)
            .orElseThrow(() -> Problem.notFound("No conversation " + conversationId + "."));
        if (row.mode() == Mode.CLOSED) {
            throw Problem.conflict("The conversation is closed.");
        }
        return row;
    }

    private void existing(String conversationId) {
        conversations.find(conversationId).orElseThrow(() -> Problem.notFound("No conversation " + conversationId + "."));
    }

    private Handoff handoffOf(ConversationRow row) {
        return row.handoff() == null ? null : json.readValue(row.handoff(), Handoff.class);
    }

    private static Message system(String text, OffsetDateTime now, List<String> quickReplies) {
        return new Message(TurnPipeline.newId(), "system", text, now, quickReplies, null, null, null);
    }

    private OffsetDateTime now() {
        return clock.now();
    }
}
