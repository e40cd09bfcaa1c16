package io.kefu.conversation;

import java.util.List;

/**
 * Conversations from the customer's side: open one, send a message and get the bot's turn, read
 * the transcript, rate and close. Access checks are the caller's; these methods trust their input
 * ids but validate content (problem details on bad input).
 */
public interface ConversationService {

    /**
     * Opens a conversation with its greeting.
     *
     * @param customerId the store's customer or null for an anonymous visitor; unknown ids are 404
     * @param language   zh or en, or null for the store's default
     * @param channel    web or api, or null for api
     */
    StartedConversation start(String customerId, String language, String channel);

    /**
     * Opens a conversation for a customer who writes through an external channel (the inbound side
     * of the channel port): the same conversation and turn pipeline as the web widget, with the
     * customer's id on that channel kept beside it. Its messages are delivered back through the
     * channel by listening to {@link ConversationEvents.MessagesAppended}.
     *
     * @param channel        one of {@link #EXTERNAL_CHANNELS}, else 400
     * @param externalUserId the customer's id there (an OpenID, a webhook user id); never blank
     * @param customerId     the store's customer the merchant linked that id to, or null
     */
    StartedConversation startExternal(String channel, String externalUserId, String customerId, String language);

    /** The doors besides the web widget and the API (API §8). */
    java.util.Set<String> EXTERNAL_CHANNELS = java.util.Set.of("wechat-oa", "wecom-kf", "webhook");

    /** Runs one customer turn; 400 for empty or over-long text, 404 unknown conversation, 409 closed. */
    TurnResult post(String conversationId, String text, List<Message.Attachment> attachments);

    /** The conversation as its customer sees it: without agents' internal notes. */
    ConversationView view(String conversationId);

    /**
     * The conversation with its latest {@link ConversationView#LATEST_MESSAGES} messages (older ones
     * through {@link #messagesAfter}); {@code withInternalNotes} only for staff.
     */
    ConversationView view(String conversationId, boolean withInternalNotes);

    /**
     * At most {@code limit} (1 to {@link ConversationView#LATEST_MESSAGES}, else 400) messages after
     * {@code afterMessageId}, or from the start when it is null, oldest first; 404 when that message
     * is not in the conversation. {@code withInternalNotes} only for staff.
     */
    List<Message> messagesAfter(String conversationId, String afterMessageId, int limit, boolean withInternalNotes);

    void rate(String conversationId, int score, String comment);

    /** Stores an image the customer attaches; 400 when it is not an image or too large. */
    Message.Attachment attach(String conversationId, String name, byte[] content);

    /** An attachment of this conversation as uploaded (decrypted); 404 when there is none. */
    AttachmentContent attachment(String conversationId, String attachmentId);

    void close(String conversationId);

    /** The shopper's choices: their own when signed in, else this conversation's; 404 unknown conversation. */
    Preferences preferences(String conversationId);

    /**
     * Records the shopper's choices as consents (the customer's when signed in, else the
     * conversation's); they hold from the next message on. Returns the choices now in force.
     */
    Preferences changePreferences(String conversationId, Preferences changes);

    // Writing first: the store reaches out to a customer (proactive service).

    /**
     * Where the store writes to a customer unprompted: their most recently active conversation that
     * is not closed (the widget and the channels carry what is written there as any message), else
     * a new web conversation opened for them with its greeting, in the language of their latest
     * conversation. 404 unknown customer. Joins the caller's transaction.
     */
    OpenConversation conversationToReach(String customerId);

    /**
     * A message the bot writes without being asked (a notice, a reminder, an offer), masked like any
     * other and published to live clients and channels; 404 unknown conversation, 409 closed.
     */
    Message postUnprompted(String conversationId, String text, List<Message.Source> sources);

    // The human side: what the agent desk does to a conversation. The conversation module owns the
    // mode and the transcript; the agent desk owns who serves it.

    /**
     * The ids of the customer's conversations active since {@code since}, most recently active first,
     * at most {@code limit}; empty when there are none. For reading what the customer showed interest
     * in (with {@link #view} and {@link #customerAnalyses}); the caller checks that staff may.
     */
    List<String> conversationsOf(String customerId, java.time.OffsetDateTime since, int limit);

    /** Customer messages with their stored analyses, oldest first; 404 unknown conversation. */
    List<AnalysedMessage> customerAnalyses(String conversationId);

    /** Conversations that are not closed, most recently active first, at most {@code limit}. */
    List<LiveConversation> live(int limit);

    /**
     * Holds the conversation for the rest of the caller's transaction (404 unknown). The agent desk
     * takes it before touching its own rows of the conversation, in the order a customer turn does
     * (conversation, then hand-over), so a desk action racing a hand-over waits instead of
     * deadlocking. Must run inside a transaction.
     */
    void holdForStaff(String conversationId);

    /**
     * An agent now serves the conversation: mode agent (from queued, bot or agent) and a system
     * message naming the agent. 404 unknown, 409 closed.
     */
    void agentJoined(String conversationId, String agentName);

    /** A message from an agent (an internal note when {@code internal}); 400 bad text, 409 closed. */
    Message postAgentMessage(String conversationId, String agentName, String text, boolean internal);

    /** The customer waits for an agent again (transfer to a skill): mode queued with this handoff. */
    void requeue(String conversationId, Handoff handoff);

    /** Tells a waiting customer where they stand now; ignored unless the conversation is queued. */
    void updateHandoff(String conversationId, Handoff handoff);

    /**
     * The agent is done: the customer is asked for a 1–5 rating, and the conversation goes back to
     * the bot or closes.
     */
    void agentFinished(String conversationId, boolean returnToBot);

    /** Asks a customer who went quiet whether they are still there. */
    void remindIdle(String conversationId);
}
