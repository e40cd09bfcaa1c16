package io.kefu.conversation.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.kefu.conversation.Consent;
import io.kefu.conversation.ConversationEvents;
import io.kefu.conversation.Handoff;
import io.kefu.conversation.Message;
import io.kefu.conversation.Mode;
import io.kefu.conversation.TurnResult;
import io.kefu.dialogue.Decision;
import io.kefu.dialogue.DialoguePolicy;
import io.kefu.dialogue.DialogueTurn;
import io.kefu.dialogue.Reply;
import io.kefu.platform.Problem;
import io.kefu.privacy.PiiMasker;
import tools.jackson.databind.json.JsonMapper;

/**
 * One customer turn: analyse → decide → reply → persist → publish. Analysis runs before the
 * transaction; the rest holds the conversation's row lock so concurrent messages of one
 * conversation are taken in order. Events reach listeners after commit.
 */
@Component
class TurnPipeline {

    static final int MAX_TEXT = 2000;
    private static final Logger log = LoggerFactory.getLogger(TurnPipeline.class);

    private final Analyses analyses;
    private final DialoguePolicy policy;
    private final Conversations conversations;
    private final Messages messages;
    private final StoreClock clock;
    private final ConsentTable consents;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final AttachmentStore attachmentStore;
    private final TurnAdmission admission;

    TurnPipeline(Analyses analyses, DialoguePolicy policy, Conversations conversations, Messages messages,
            StoreClock clock, ConsentTable consents, TransactionTemplate transaction, ApplicationEventPublisher events, JsonMapper json,
            AttachmentStore attachmentStore, TurnAdmission admission) {
        this.attachmentStore = attachmentStore;
        this.admission = admission;
        this.analyses = analyses;
        this.policy = policy;
        this.conversations = conversations;
        this.messages = messages;
        this.clock = clock;
        this.consents = consents;
        this.transaction = transaction;
        this.events = events;
        this.json = json;
    }

    TurnResult run(String conversationId, String text, List<Message.Attachment> attachments) {
        String trimmed = validText(text);
        ConversationRow before = conversations.find(conversationId)
            .orElseThrow(() -> Problem.notFound("No conversation " + conversationId + "."));
        rejectClosed(before);
        List<Message.Attachment> attached = attachmentStore.resolve(conversationId, attachments);
        long arrived = System.nanoTime();
        return admission.admit(() -> {
            Analyses.Analysed analysed = analyses.analyse(conversationId, trimmed);
            return transaction.execute(status -> persistAndDecide(conversationId, trimmed, attached, analysed, arrived, events));
        });
    }

    /**
     * A turn decided exactly as a customer's is, for a {@link TurnRehearsal}: in the caller's
     * transaction (which the caller rolls back), without waiting for readiness or a turn permit (the
     * node is not ready until its rehearsals end), and with its events told to nobody, so that no
     * meter, insight event, outbox item or live update sees it.
     */
    TurnResult rehearse(String conversationId, String text) {
        String trimmed = validText(text);
        long arrived = System.nanoTime();
        return persistAndDecide(conversationId, trimmed, List.of(), analyses.analyse(conversationId, trimmed), arrived, event -> {
        });
    }

    private TurnResult persistAndDecide(String conversationId, String text, List<Message.Attachment> attachments,
            Analyses.Analysed analysed, long arrivedNanos, ApplicationEventPublisher events) {
        ConversationRow row = conversations.lock(conversationId).orElseThrow();
        rejectClosed(row);
        OffsetDateTime now = clock.now();
        String language = ReplyLanguage.choose(analysed.understanding().language(), text, row.language());
        OffsetDateTime previous = messages.lastTime(conversationId).orElse(null);
        Message customerMessage = new Message(newId(), "customer", PiiMasker.mask(text), now, null, null, null, attachments);
        messages.append(conversationId, customerMessage, json.writeValueAsString(analysed.analysis()));
        log.debug("Turn in {}: intent {} for \"{}\"", conversationId, analysed.analysis().intent(), customerMessage.text());
        List<Message> appended = new ArrayList<>(List.of(customerMessage));

        List<Message> replies = new ArrayList<>();
        Mode mode = row.mode();
        Handoff handoff = row.handoff() == null ? null : json.readValue(row.handoff(), Handoff.class);
        TurnResult.Flow flow = null;
        String dialogueState = row.dialogueState();
        DialogueTurn turn = mode != Mode.BOT && mode != Mode.QUEUED ? null
                : new DialogueTurn(conversationId, row.customerId(), language, text, analysed.understanding(), analysed.emotion(),
                        analysed.history(), dialogueState, attachments.stream().map(Message.Attachment::id).toList(),
                        consents.granted(row, Consent.PERSONALISED_RECOMMENDATIONS, true));
        Handoff raised = null;
        if (mode == Mode.QUEUED && handoff != null) {
            // a threat or harm told while waiting moves the customer up the queue, with the reason the agent will see
            Handoff waiting = handoff;
            raised = policy.raise(turn, waiting.priority())
                .map(request -> new Handoff(request.reason(), request.priority(), waiting.queuePosition(), waiting.estimatedWaitSeconds()))
                .orElse(null);
            handoff = raised == null ? handoff : raised;
        }
        if (mode == Mode.BOT) {
            Decision decision = policy.decide(turn);
            decision.replies().forEach(reply -> replies.add(botMessage(reply, now)));
            dialogueState = decision.state();
            flow = decision.flow() == null ? null : new TurnResult.Flow(decision.flow().name(), decision.flow().awaiting());
            if (decision.handoff() != null) {
                mode = Mode.QUEUED;
                handoff = new Handoff(decision.handoff().reason(), decision.handoff().priority(),
                        decision.queue() == null ? null : decision.queue().position(),
                        decision.queue() == null ? null : decision.queue().estimatedWaitSeconds());
            }
        }
        List<Message> said = AiDisclosure.afterPause(replies, previous, now, language);
        said.forEach(reply -> messages.append(conversationId, reply, null));
        appended.addAll(said);
        conversations.updateState(conversationId, mode, language, handoff == null ? null : json.writeValueAsString(handoff),
                dialogueState, now);

        TurnResult.State state = new TurnResult.State(mode, handoff, flow);
        Duration botAnsweredIn = said.isEmpty() ? null : Duration.ofNanos(System.nanoTime() - arrivedNanos);
        events.publishEvent(new ConversationEvents.CustomerMessageReceived(conversationId, row.customerId(), customerMessage,
                analysed.analysis(), mode, botAnsweredIn));
        events.publishEvent(new ConversationEvents.MessagesAppended(conversationId, appended));
        if (raised != null) {
            events.publishEvent(new ConversationEvents.HandoffRaised(conversationId, raised, now));
        }
        if (mode != row.mode()) {
            events.publishEvent(new ConversationEvents.ModeChanged(conversationId, row.mode(), mode, state));
            if (mode == Mode.QUEUED) {
                events.publishEvent(new ConversationEvents.ConversationHandedOver(conversationId, row.customerId(), handoff, language, now));
            }
        }
        return new TurnResult(said, analysed.analysis(), state);
    }

    static Message botMessage(Reply reply, OffsetDateTime now) {
        return new Message(newId(), "bot", PiiMasker.mask(reply.text()), now, reply.quickReplies(),
                reply.sources().stream().map(s -> new Message.Source(s.type(), s.id())).toList(),
                reply.cards().stream().map(c -> new Message.Card(c.type(), c.data(), c.reason())).toList(), null);
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    static String validText(String text) {
        if (text == null || text.isBlank()) {
            throw Problem.badRequest("text must not be empty.", List.of(new Problem.FieldError("text", "must not be empty")));
        }
        String trimmed = text.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_TEXT) {
            throw Problem.badRequest("text must be at most " + MAX_TEXT + " characters.",
                    List.of(new Problem.FieldError("text", "must be at most " + MAX_TEXT + " characters")));
        }
        return trimmed;
    }

    private static void rejectClosed(ConversationRow row) {
        if (row.mode() == Mode.CLOSED) {
            throw Problem.conflict("The conversation is closed; start a new one to continue.");
        }
    }
}
