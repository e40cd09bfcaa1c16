package io.kefu.outreach.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kefu.outreach.Rule;

/**
 * The outreach_messages table: every proactive message sent, with its rule, the occasion it was
 * about ({@code subject}, unique per rule, so an occasion is messaged once on whichever node), the
 * customer, order, conversation, coupon and when the customer answered.
 */
@Repository
class SentMessages {

    private final JdbcClient jdbc;

    SentMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Sent(String id, Rule rule, String subject, String customerId, String orderId, String conversationId, String messageId,
            String couponCode, BigDecimal couponValue, OffsetDateTime sentAt, OffsetDateTime repliedAt) {
    }

    boolean contains(Rule rule, String subject) {
        return jdbc.sql("SELECT COUNT(*) FROM outreach_messages WHERE rule = :rule AND subject = :subject")
            .param("rule", rule.wire()).param("subject", subject).query(Long.class).single() > 0;
    }

    long toCustomerSince(String customerId, OffsetDateTime since) {
        return jdbc.sql("SELECT COUNT(*) FROM outreach_messages WHERE customer_id = :customer AND sent_at > :since")
            .param("customer", customerId).param("since", since).query(Long.class).single();
    }

    BigDecimal couponsSince(OffsetDateTime since) {
        BigDecimal sum = jdbc.sql("SELECT SUM(coupon_value) FROM outreach_messages WHERE coupon_value IS NOT NULL AND sent_at >= :since")
            .param("since", since).query(BigDecimal.class).optional().orElse(null);
        return sum == null ? BigDecimal.ZERO : sum;
    }

    void add(Sent sent) {
        jdbc.sql("""
                INSERT INTO outreach_messages (id, rule, subject, customer_id, order_id, conversation_id, message_id, coupon_code,
                    coupon_value, sent_at)
                VALUES (:id, :rule, :subject, :customer, :order, :conversation, :message, :code, :value, :at)""")
            .param("id", sent.id()).param("rule", sent.rule().wire()).param("subject", sent.subject())
            .param("customer", sent.customerId()).param("order", sent.orderId()).param("conversation", sent.conversationId())
            .param("message", sent.messageId()).param("code", sent.couponCode()).param("value", sent.couponValue())
            .param("at", sent.sentAt()).update();
    }

    /** The customer wrote in the conversation at {@code at}: answers what was sent there within the window before. */
    int replied(String conversationId, OffsetDateTime at, OffsetDateTime windowStart) {
        return jdbc.sql("""
                UPDATE outreach_messages SET replied_at = :at
                WHERE conversation_id = :conversation AND replied_at IS NULL AND sent_at <= :at AND sent_at > :windowStart""")
            .param("conversation", conversationId).param("at", at).param("windowStart", windowStart).update();
    }

    List<Sent> between(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("SELECT * FROM outreach_messages WHERE sent_at >= :from AND sent_at < :to ORDER BY sent_at")
            .param("from", from).param("to", to).query(SentMessages::map).list();
    }

    List<Sent> toCustomer(String customerId) {
        return jdbc.sql("SELECT * FROM outreach_messages WHERE customer_id = :customer ORDER BY sent_at")
            .param("customer", customerId).query(SentMessages::map).list();
    }

    void pseudonymise(String customerId, String pseudonym) {
        jdbc.sql("UPDATE outreach_messages SET customer_id = :pseudonym WHERE customer_id = :customer")
            .param("pseudonym", pseudonym).param("customer", customerId).update();
    }

    private static Sent map(ResultSet rs, int row) throws SQLException {
        return new Sent(rs.getString("id"), Rule.ofWire(rs.getString("rule")), rs.getString("subject"), rs.getString("customer_id"),
                rs.getString("order_id"), rs.getString("conversation_id"), rs.getString("message_id"), rs.getString("coupon_code"),
                rs.getBigDecimal("coupon_value"), rs.getObject("sent_at", OffsetDateTime.class), rs.getObject("replied_at", OffsetDateTime.class));
    }
}
