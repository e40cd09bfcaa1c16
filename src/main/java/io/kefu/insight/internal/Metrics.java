package io.kefu.insight.internal;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes the analytics summary (API §5) from the recorded events of conversations started in
 * {@code [from, to)}. Rates are shares of those conversations; times come from the events' own
 * clocks (the message time of the first agent reply after the handoff).
 */
@Component
class Metrics {

    static final int TOP = 10;
    private static final String STARTED_IN_RANGE = """
            SELECT conversation_id FROM insight_events WHERE kind = 'STARTED' AND happened_at >= :from AND happened_at < :to""";

    private final JdbcClient jdbc;

    Metrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Summary summary(OffsetDateTime from, OffsetDateTime to) {
        // Handoffs and their reasons from one read, so they agree while events are still arriving.
        List<String[]> handoffs = jdbc.sql("SELECT conversation_id, label FROM insight_events WHERE kind = 'HANDED_OVER' AND conversation_id IN ("
                + STARTED_IN_RANGE + ") ORDER BY id")
            .param("from", from).param("to", to).query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) }).list();
        long handedOver = handoffs.stream().map(h -> h[0]).distinct().count();
        Map<String, Long> reasons = new LinkedHashMap<>();
        handoffs.forEach(h -> reasons.merge(h[1] == null ? "unknown" : h[1], 1L, Long::sum));
        // Counted after the handoffs: every conversation handed over above is started by now.
        long conversations = count("SELECT COUNT(DISTINCT conversation_id) FROM (" + STARTED_IN_RANGE + ") s", from, to);
        long messages = count("SELECT COALESCE(SUM(amount), 0) FROM insight_events WHERE kind = 'MESSAGES' AND conversation_id IN ("
                + STARTED_IN_RANGE + ")", from, to);
        double handoffRate = conversations == 0 ? 0.0 : round((double) handedOver / conversations);
        double containmentRate = conversations == 0 ? 0.0 : round(1.0 - (double) handedOver / conversations);

        Map<String, Long> emotions = counts("SELECT emotion AS label, COUNT(*) AS n FROM insight_events WHERE kind = 'CUSTOMER_MESSAGE' "
                + "AND emotion IS NOT NULL AND conversation_id IN (" + STARTED_IN_RANGE + ") GROUP BY emotion ORDER BY n DESC", from, to);
        List<IntentCount> intents = counts("SELECT label, COUNT(*) AS n FROM insight_events WHERE kind = 'CUSTOMER_MESSAGE' "
                + "AND label IS NOT NULL AND conversation_id IN (" + STARTED_IN_RANGE + ") GROUP BY label ORDER BY n DESC", from, to)
            .entrySet().stream().limit(TOP).map(e -> new IntentCount(e.getKey(), e.getValue())).toList();

        List<Long> responseMillis = jdbc.sql("""
                SELECT MIN(a.at_millis) - h.handed AS waited FROM
                    (SELECT conversation_id, MIN(at_millis) AS handed FROM insight_events
                     WHERE kind = 'HANDED_OVER' AND conversation_id IN (""" + STARTED_IN_RANGE + """
                ) GROUP BY conversation_id) h
                JOIN insight_events a ON a.conversation_id = h.conversation_id AND a.kind = 'AGENT_REPLY' AND a.at_millis >= h.handed
                GROUP BY h.conversation_id, h.handed""")
            .param("from", from).param("to", to).query(Long.class).list();
        Double avgFirstAgentResponseSeconds = responseMillis.isEmpty() ? null
                : round(responseMillis.stream().mapToLong(Long::longValue).average().orElse(0) / 1000.0);

        Double avgBotResponseMillis = jdbc.sql("SELECT AVG(CAST(amount AS DOUBLE PRECISION)) FROM insight_events WHERE kind = 'CUSTOMER_MESSAGE' AND amount IS NOT NULL "
                + "AND conversation_id IN (" + STARTED_IN_RANGE + ")").param("from", from).param("to", to).query(Double.class).optional()
            .map(Metrics::round).orElse(null);

        // A customer may change their rating: the latest one counts.
        List<Integer> ratings = jdbc.sql("""
                SELECT r.amount FROM insight_events r WHERE r.kind = 'RATED' AND r.conversation_id IN (""" + STARTED_IN_RANGE + """
                ) AND r.id = (SELECT MAX(l.id) FROM insight_events l WHERE l.kind = 'RATED' AND l.conversation_id = r.conversation_id)""")
            .param("from", from).param("to", to).query(Integer.class).list();
        Double csatAverage = ratings.isEmpty() ? null : round(ratings.stream().mapToInt(Integer::intValue).average().orElse(0));

        return new Summary(conversations, messages, containmentRate, handoffRate, reasons, avgBotResponseMillis, avgFirstAgentResponseSeconds, csatAverage,
                ratings.size(), emotions, intents, List.of(), List.of(), null, null, from, to);
    }

    private long count(String sql, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql(sql).param("from", from).param("to", to).query(Long.class).single();
    }

    private Map<String, Long> counts(String sql, OffsetDateTime from, OffsetDateTime to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql).param("from", from).param("to", to)
            .query((rs, row) -> counts.put(rs.getString("label") == null ? "unknown" : rs.getString("label"), rs.getLong("n"))).list();
        return counts;
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }

    record IntentCount(String intent, long count) {
    }

    record UnansweredCount(String example, long count) {
    }

    /**
     * API §5 summary, and beyond it: {@code durableContainmentRate}, the share of conversations the bot
     * kept whose customer did not come back about the same order or matter within the durable window;
     * {@code predictedCsatAverage}, the mean predicted rating of every conversation, rated or not.
     */
    record Summary(long conversations, long messages, double containmentRate, double handoffRate, Map<String, Long> handoffReasons,
            Double avgBotResponseMillis, Double avgFirstAgentResponseSeconds, Double csatAverage, long csatCount,
            Map<String, Long> emotionDistribution, List<IntentCount> topIntents, List<UnansweredCount> topUnanswered,
            List<ComplaintTopics.Topic> complaintTopics, Double durableContainmentRate, Double predictedCsatAverage, OffsetDateTime from,
            OffsetDateTime to) {

        Summary with(List<ComplaintTopics.Topic> topics, Double durable, Double predicted, List<UnansweredCount> unanswered) {
            return new Summary(conversations, messages, containmentRate, handoffRate, handoffReasons, avgBotResponseMillis,
                    avgFirstAgentResponseSeconds, csatAverage, csatCount, emotionDistribution, topIntents, unanswered, topics, durable,
                    predicted, from, to);
        }
    }
}
