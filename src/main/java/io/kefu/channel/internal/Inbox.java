package io.kefu.channel.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kefu.platform.DocumentSeal;

/**
 * The durable inbox of channel messages ({@code channel_inbound}). A platform is told "received"
 * only once its message is here, so a node stopping before the turn ran loses nothing: the row stays
 * undone, its lease runs out, and {@link #stale} hands it out again. The platform's message id is
 * the key, so its retries (on any node) are recognised; the customer's text is sealed while it
 * waits and cleared once it is in the conversation.
 */
@Repository
class Inbox {

    private final JdbcClient jdbc;
    private final DocumentSeal seal;

    Inbox(JdbcClient jdbc, DocumentSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    /** Takes the message for this node until {@code leaseUntil}; false when it was taken before. */
    boolean add(String channelId, String key, InboundTurns.Inbound message, OffsetDateTime now, OffsetDateTime leaseUntil) {
        try {
            jdbc.sql("""
                    INSERT INTO channel_inbound (channel_id, message_key, received_at, external_user_id, account, body, done, lease_until)
                    VALUES (:channel, :key, :now, :user, :account, :body, FALSE, :lease)""")
                .param("channel", channelId).param("key", key).param("now", now).param("user", message.externalUserId())
                .param("account", message.account()).param("body", message.text() == null ? null : seal.sealDocument(message.text()))
                .param("lease", leaseUntil).update();
            return true;
        }
        catch (DuplicateKeyException seen) {
            return false;
        }
    }

    void done(String channelId, String key) {
        jdbc.sql("UPDATE channel_inbound SET done = TRUE, body = NULL WHERE channel_id = :channel AND message_key = :key")
            .param("channel", channelId).param("key", key).update();
    }

    /** Undone messages whose node let go of them (stopped, or the turn failed for a while), each leased anew to this node. */
    List<Pending> stale(OffsetDateTime now, OffsetDateTime leaseUntil, int limit) {
        return jdbc.sql("""
                SELECT channel_id, message_key, external_user_id, account, body FROM channel_inbound
                WHERE done = FALSE AND lease_until < :now ORDER BY received_at LIMIT :limit""")
            .param("now", now).param("limit", limit)
            .query((rs, n) -> new Pending(rs.getString(1), rs.getString(2), new InboundTurns.Inbound(rs.getString(3), rs.getString(4),
                    rs.getString(2), rs.getString(5) == null ? null : seal.openDocument(rs.getString(5)))))
            .list().stream()
            .filter(pending -> jdbc.sql("""
                    UPDATE channel_inbound SET lease_until = :lease
                    WHERE channel_id = :channel AND message_key = :key AND done = FALSE AND lease_until < :now""")
                .param("lease", leaseUntil).param("now", now).param("channel", pending.channelId()).param("key", pending.key())
                .update() == 1)
            .toList();
    }

    record Pending(String channelId, String key, InboundTurns.Inbound message) {
    }
}
