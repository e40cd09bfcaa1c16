package io.kefu.channel.internal;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who is who on the channels: each external user's open conversation and the store customer a
 * merchant linked them to ({@code channel_users}), and for every channel conversation where its
 * messages go ({@code channel_conversations}).
 */
@Repository
class ChannelUsers {

    private final JdbcClient jdbc;

    ChannelUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes sure the user has a row to lock; safe when another node adds it at the same moment. Runs in its own statement. */
    void ensure(String channelId, String externalUserId) {
        try {
            jdbc.sql("INSERT INTO channel_users (channel_id, external_user_id) VALUES (:channel, :user)")
                .param("channel", channelId).param("user", externalUserId).update();
        }
        catch (DuplicateKeyException known) {
            // the user wrote before
        }
    }

    /** Locks the user's row for the transaction, so one user's first messages open one conversation, not two. */
    User lock(String channelId, String externalUserId) {
        return jdbc.sql("SELECT conversation_id, customer_id FROM channel_users WHERE channel_id = :channel AND external_user_id = :user FOR UPDATE")
            .param("channel", channelId).param("user", externalUserId)
            .query((rs, n) -> new User(rs.getString(1), rs.getString(2))).single();
    }

    void opened(String channelId, String externalUserId, String account, String conversationId) {
        jdbc.sql("UPDATE channel_users SET conversation_id = :conversation WHERE channel_id = :channel AND external_user_id = :user")
            .param("channel", channelId).param("user", externalUserId).param("conversation", conversationId).update();
        jdbc.sql("INSERT INTO channel_conversations (conversation_id, channel_id, external_user_id, account) VALUES (:conversation, :channel, :user, :account)")
            .param("channel", channelId).param("user", externalUserId).param("conversation", conversationId).param("account", account).update();
    }

    /** The next message of the user opens a new conversation. */
    void closed(String conversationId) {
        jdbc.sql("UPDATE channel_users SET conversation_id = NULL WHERE conversation_id = :conversation")
            .param("conversation", conversationId).update();
    }

    /** Where a conversation's messages go; empty for a conversation of the web widget or the API. */
    Optional<Address> address(String conversationId) {
        return jdbc.sql("""
                SELECT c.channel_id, ch.type, c.external_user_id, c.account FROM channel_conversations c
                JOIN channels ch ON ch.id = c.channel_id WHERE c.conversation_id = :conversation""")
            .param("conversation", conversationId)
            .query((rs, n) -> new Address(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).optional();
    }

    /** Links (or with null unlinks) the user to a store customer; their next conversation is opened as that customer. */
    void link(String channelId, String externalUserId, String customerId) {
        ensure(channelId, externalUserId);
        jdbc.sql("UPDATE channel_users SET customer_id = :customer WHERE channel_id = :channel AND external_user_id = :user")
            .param("channel", channelId).param("user", externalUserId).param("customer", customerId).update();
    }

    record User(String conversationId, String customerId) {
    }

    record Address(String channelId, String type, String externalUserId, String account) {
    }
}
