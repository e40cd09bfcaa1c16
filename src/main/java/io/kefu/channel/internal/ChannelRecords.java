package io.kefu.channel.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kefu.privacy.DataSubject;
import io.kefu.privacy.PersonalDataHolder;

/**
 * What the channels keep of a customer: the accounts (OpenIDs, webhook user ids) the merchant linked
 * to them, where their conversations' messages went, and those messages while they wait for
 * delivery. Erasure forgets all of it; the retention pass drops delivered (or given-up) messages and
 * the record of platform message ids after a week, which is far beyond any platform's retries.
 */
@Component
class ChannelRecords implements PersonalDataHolder {

    private static final Duration DELIVERY_RECORDS = Duration.ofDays(7);

    private final JdbcClient jdbc;

    ChannelRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Object> export(DataSubject subject) {
        return Map.of("channelAccounts", jdbc.sql("SELECT channel_id, external_user_id FROM channel_users WHERE customer_id = :id ORDER BY channel_id")
            .param("id", subject.customerId())
            .query((rs, n) -> Map.of("channelId", rs.getString(1), "externalUserId", rs.getString(2))).list());
    }

    @Override
    public void erase(DataSubject subject) {
        for (String conversationId : subject.conversationIds()) {
            jdbc.sql("DELETE FROM channel_outbox WHERE conversation_id = :id").param("id", conversationId).update();
            jdbc.sql("DELETE FROM channel_conversations WHERE conversation_id = :id").param("id", conversationId).update();
            jdbc.sql("UPDATE channel_users SET conversation_id = NULL WHERE conversation_id = :id").param("id", conversationId).update();
        }
        jdbc.sql("DELETE FROM channel_users WHERE customer_id = :id").param("id", subject.customerId()).update();
    }

    @Override
    public int expire(RetentionCutoffs cutoffs) {
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minus(DELIVERY_RECORDS);
        int outbox = jdbc.sql("DELETE FROM channel_outbox WHERE status <> 'PENDING' AND created_at < :before").param("before", before).update();
        int inbound = jdbc.sql("DELETE FROM channel_inbound WHERE received_at < :before").param("before", before).update();
        return outbox + inbound;
    }
}
