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

    /** Runs one customer turn; 400 for empty or over-long text, 404 unknown conversation, 409 closed. */
    TurnResult post(String conversationId, String text, List<Message.Attachment> attachments);

    ConversationView view(String conversationId);

    /** Messages after {@code afterMessageId}, or all when it is null; 404 when that message is not in the conversation. */
    List<Message> messagesAfter(String conversationId, String afterMessageId);

    void rate(String conversationId, int score, String comment);

    /** Stores an image the customer attaches; 400 when it is not an image or too large. */
    Message.Attachment attach(String conversationId, String name, byte[] content);

    /** The stored file of an attachment of this conversation; 404 when there is none. */
    java.nio.file.Path attachmentFile(String conversationId, String attachmentId);

    void close(String conversationId);
}
