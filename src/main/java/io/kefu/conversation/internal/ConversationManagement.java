package io.kefu.conversation.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.kefu.commerce.CustomerDirectory;
import io.kefu.commerce.StoreSettings;
import io.kefu.commerce.StoreSettingsService;
import io.kefu.conversation.AnalysedMessage;
import io.kefu.conversation.AttachmentContent;
import io.kefu.conversation.Consent;
import io.kefu.conversation.ConversationEvents;
import io.kefu.conversation.ConversationService;
import io.kefu.conversation.ConversationView;
import io.kefu.conversation.Handoff;
import io.kefu.conversation.LiveConversation;
import io.kefu.conversation.Message;
import io.kefu.conversation.Mode;
import io.kefu.conversation.OpenConversation;
import io.kefu.conversation.Preferences;
import io.kefu.conversation.StartedConversation;
import io.kefu.conversation.TurnResult;
import io.kefu.dialogue.DialoguePolicy;
import io.kefu.platform.Problem;
import io.kefu.privacy.PiiMasker;
import tools.jackson.databind.json.JsonMapper;

@Service
class ConversationManagement implements ConversationService {

    private static final Set<String> LANGUAGES = Set.of("zh", "en");
    private static final Set<String> CHANNELS = Set.of("web", "api");

    private final Conversations conversations;
    private final Messages messages;
    private final TurnPipeline turns;
    private final DialoguePolicy policy;
    private final CustomerDirectory customers;
    private final StoreSettingsService settings;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final AttachmentStore attachments;
    private final StaffSide staff;
    private final StoreClock clock;
    private final ConsentTable consents;

    ConversationManagement(Conversations conversations, Messages messages, TurnPipeline turns, DialoguePolicy policy,
            CustomerDirectory customers, StoreSettingsService settings, ApplicationEventPublisher events, JsonMapper json,
            AttachmentStore attachments, StaffSide staff, StoreClock clock, ConsentTable consents) {
        this.clock = clock;
        this.consents = consents;
        this.staff = staff;
        this.attachments = attachments;
        this.conversations = conversations;
        this.messages = messages;
        this.turns = turns;
        this.policy = policy;
        this.customers = customers;
        this.settings = settings;
        this.events = events;
        this.json = json;
    }

    @Override
    @Transactional
    public StartedConversation start(String customerId, String language, String channel) {
        if (channel != null && !CHANNELS.contains(channel)) {
            throw Problem.badRequest("channel must be web or api.", List.of(new Problem.FieldError("channel", "must be web or api")));
        }
        return open(customerId, language, channel != null ? channel : "api", null);
    }

    @Override
    @Transactional
    public StartedConversation startExternal(String channel, String externalUserId, String customerId, String language) {
        if (!EXTERNAL_CHANNELS.contains(channel)) {
            throw Problem.badRequest("channel must be one of " + EXTERNAL_CHANNELS + ".",
                    List.of(new Problem.FieldError("channel", "must be an external channel")));
        }
        if (externalUserId == null || externalUserId.isBlank() || externalUserId.length() > 128) {
            throw Problem.badRequest("externalUserId must be 1 to 128 characters.",
                    List.of(new Problem.FieldError("externalUserId", "must be 1 to 128 characters")));
        }
        return open(customerId, language, channel, externalUserId);
    }

    private StartedConversation open(String customerId, String language, String channel, String externalUserId) {
        if (language != null && !LANGUAGES.contains(language)) {
            throw Problem.badRequest("language must be zh or en.", List.of(new Problem.FieldError("language", "must be zh or en")));
        }
        if (customerId != null && customers.find(customerId).isEmpty()) {
            throw Problem.notFound("No customer " + customerId + ".");
        }
        StoreSettings store = settings.current();
        String lang = language != null ? language : store.defaultLanguage();
        OffsetDateTime now = clock.now();
        String token = CustomerTokens.newToken();
        ConversationRow row = new ConversationRow(TurnPipeline.newId(), customerId, Mode.BOT, lang, channel, now, null, null, null, null,
                now, externalUserId);
        conversations.insert(row, CustomerTokens.hash(token));
        Message greeting = TurnPipeline.botMessage(policy.greet(lang, customerId), now);
        messages.append(row.id(), greeting, null);
        events.publishEvent(new ConversationEvents.ConversationStarted(row.id(), customerId, lang, row.channel()));
        events.publishEvent(new ConversationEvents.MessagesAppended(row.id(), List.of(greeting)));
        return new StartedConversation(row.id(), token, Mode.BOT, List.of(greeting));
    }

    @Override
    public TurnResult post(String conversationId, String text, List<Message.Attachment> attachments) {
        return turns.run(conversationId, text, attachments);
    }

    @Override
    public ConversationView view(String conversationId) {
        return view(conversationId, false);
    }

    @Override
    public ConversationView view(String conversationId, boolean withInternalNotes) {
        ConversationRow row = existing(conversationId);
        ConversationView.Rating rating = row.ratingScore() == null ? null : new ConversationView.Rating(row.ratingScore(), row.ratingComment());
        Handoff handoff = row.handoff() == null ? null : json.readValue(row.handoff(), Handoff.class);
        return new ConversationView(row.id(), row.customerId(), row.mode(), row.language(), row.createdAt(),
                messages.latest(conversationId, ConversationView.LATEST_MESSAGES, withInternalNotes), handoff, rating, row.channel(),
                row.externalUserId());
    }

    @Override
    public List<Message> messagesAfter(String conversationId, String afterMessageId, int limit, boolean withInternalNotes) {
        if (limit < 1 || limit > ConversationView.LATEST_MESSAGES) {
            throw Problem.badRequest("limit must be between 1 and " + ConversationView.LATEST_MESSAGES + ".",
                    List.of(new Problem.FieldError("limit", "must be between 1 and " + ConversationView.LATEST_MESSAGES)));
        }
        existing(conversationId);
        String after = afterMessageId == null || afterMessageId.isBlank() ? null : afterMessageId;
        return messages.after(conversationId, after, limit, withInternalNotes)
            .orElseThrow(() -> Problem.notFound("No message " + afterMessageId + " in this conversation."));
    }

    @Override
    @Transactional
    public void rate(String conversationId, int score, String comment) {
        if (score < 1 || score > 5) {
            throw Problem.badRequest("score must be 1 to 5.", List.of(new Problem.FieldError("score", "must be between 1 and 5")));
        }
        if (comment != null && comment.length() > TurnPipeline.MAX_TEXT) {
            throw Problem.badRequest("comment is too long.", List.of(new Problem.FieldError("comment", "must be at most 2000 characters")));
        }
        existing(conversationId);
        String masked = PiiMasker.mask(comment);
        conversations.rate(conversationId, score, masked, clock.now());
        events.publishEvent(new ConversationEvents.ConversationRated(conversationId, score, masked));
    }

    @Override
    public Message.Attachment attach(String conversationId, String name, byte[] content) {
        if (existing(conversationId).mode() == Mode.CLOSED) {
            throw Problem.conflict("The conversation is closed.");
        }
        return attachments.store(conversationId, name, content);
    }

    @Override
    public AttachmentContent attachment(String conversationId, String attachmentId) {
        return attachments.content(conversationId, attachmentId).orElseThrow(() -> Problem.notFound("No such attachment."));
    }

    @Override
    @Transactional
    public void close(String conversationId) {
        ConversationRow row = conversations.lock(conversationId).orElseThrow(() -> Problem.notFound("No conversation " + conversationId + "."));
        if (row.mode() == Mode.CLOSED) {
            return;
        }
        conversations.updateState(conversationId, Mode.CLOSED, row.language(), row.handoff(), row.dialogueState(),
                clock.now());
        events.publishEvent(new ConversationEvents.ModeChanged(conversationId, row.mode(), Mode.CLOSED,
                new TurnResult.State(Mode.CLOSED, null, null)));
        events.publishEvent(new ConversationEvents.ConversationClosed(conversationId));
    }

    @Override
    public Preferences preferences(String conversationId) {
        ConversationRow row = existing(conversationId);
        return new Preferences(consents.granted(row, Consent.PERSONALISED_RECOMMENDATIONS, true),
                consents.granted(row, Consent.PROACTIVE_MESSAGES, true));
    }

    @Override
    @Transactional
    public Preferences changePreferences(String conversationId, Preferences changes) {
        ConversationRow row = existing(conversationId);
        if (changes.personalisedRecommendations() != null) {
            consents.record(row, Consent.PERSONALISED_RECOMMENDATIONS, changes.personalisedRecommendations(), clock.now());
        }
        if (changes.proactiveMessages() != null) {
            consents.record(row, Consent.PROACTIVE_MESSAGES, changes.proactiveMessages(), clock.now());
        }
        return preferences(conversationId);
    }

    @Override
    public List<String> conversationsOf(String customerId, OffsetDateTime since, int limit) {
        return conversations.ofCustomer(customerId, since, limit);
    }

    @Override
    @Transactional
    public OpenConversation conversationToReach(String customerId) {
        return conversations.latestOpen(customerId)
            .map(row -> new OpenConversation(row.id(), row.language(), row.channel()))
            .orElseGet(() -> {
                // in the language the customer last spoke with the store, else the store's
                String language = conversations.latest(customerId).map(ConversationRow::language).orElse(null);
                StartedConversation started = open(customerId, language, "web", null);
                return new OpenConversation(started.id(), existing(started.id()).language(), "web");
            });
    }

    @Override
    @Transactional
    public Message postUnprompted(String conversationId, String text, List<Message.Source> sources) {
        ConversationRow row = conversations.lock(conversationId).orElseThrow(() -> Problem.notFound("No conversation " + conversationId + "."));
        if (row.mode() == Mode.CLOSED) {
            throw Problem.conflict("The conversation is closed.");
        }
        OffsetDateTime now = clock.now();
        Message message = new Message(TurnPipeline.newId(), "bot", PiiMasker.mask(text), now, List.of(), sources, List.of(), List.of());
        messages.append(conversationId, message, null);
        conversations.updateState(conversationId, row.mode(), row.language(), row.handoff(), row.dialogueState(), now);
        events.publishEvent(new ConversationEvents.MessagesAppended(conversationId, List.of(message)));
        return message;
    }

    @Override
    public List<AnalysedMessage> customerAnalyses(String conversationId) {
        return staff.customerAnalyses(conversationId);
    }

    @Override
    public List<LiveConversation> live(int limit) {
        return staff.live(limit);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdForStaff(String conversationId) {
        conversations.lock(conversationId).orElseThrow(() -> Problem.notFound("No conversation " + conversationId + "."));
    }

    @Override
    public void agentJoined(String conversationId, String agentName) {
        staff.agentJoined(conversationId, agentName);
    }

    @Override
    public Message postAgentMessage(String conversationId, String agentName, String text, boolean internal) {
        return staff.postAgentMessage(conversationId, agentName, text, internal);
    }

    @Override
    public void requeue(String conversationId, Handoff handoff) {
        staff.requeue(conversationId, handoff);
    }

    @Override
    public void updateHandoff(String conversationId, Handoff handoff) {
        staff.updateHandoff(conversationId, handoff);
    }

    @Override
    public void agentFinished(String conversationId, boolean returnToBot) {
        staff.agentFinished(conversationId, returnToBot);
    }

    @Override
    public void remindIdle(String conversationId) {
        staff.remindIdle(conversationId);
    }

    private ConversationRow existing(String conversationId) {
        return conversations.find(conversationId).orElseThrow(() -> Problem.notFound("No conversation " + conversationId + "."));
    }
}
