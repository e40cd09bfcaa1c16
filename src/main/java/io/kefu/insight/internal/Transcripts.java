package io.kefu.insight.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import io.kefu.conversation.ConversationService;
import io.kefu.conversation.ConversationView;
import io.kefu.conversation.LiveConversation;
import io.kefu.conversation.Mode;
import io.kefu.insight.InsightSettings;

/**
 * Reads the conversations started in a period through the conversation module's API: insight keeps
 * no copy of what customers wrote, so an erased customer's words are gone from insight too.
 */
@Component
class Transcripts {

    private final JdbcClient jdbc;
    private final ConversationService conversations;
    private final InsightSettings settings;

    Transcripts(JdbcClient jdbc, ConversationService conversations, InsightSettings settings) {
        this.jdbc = jdbc;
        this.conversations = conversations;
        this.settings = settings;
    }

    /** Conversations started in {@code [from, to)}, oldest first; erased or expired ones are skipped. */
    List<Transcript> startedIn(OffsetDateTime from, OffsetDateTime to) {
        List<String> ids = jdbc.sql("""
                SELECT conversation_id FROM insight_events WHERE kind = 'STARTED' AND happened_at >= :from AND happened_at < :to
                ORDER BY happened_at DESC""").param("from", from).param("to", to).query(String.class).list();
        return load(ids.subList(0, Math.min(ids.size(), settings.maxConversations())).reversed());
    }

    /** The conversations that are not closed, most recently active first. */
    List<Transcript> open() {
        return load(conversations.live(settings.maxConversations()).stream().map(LiveConversation::id).toList());
    }

    private List<Transcript> load(List<String> ids) {
        Map<String, List<String>> reasons = new HashMap<>();
        Map<String, Integer> ratings = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT conversation_id, kind, label, amount FROM insight_events WHERE kind IN ('HANDED_OVER', 'RATED') "
                    + "AND conversation_id IN (:ids) ORDER BY id").param("ids", ids).query(rs -> {
                        if ("RATED".equals(rs.getString("kind"))) {
                            ratings.put(rs.getString("conversation_id"), rs.getInt("amount"));
                        }
                        else {
                            reasons.computeIfAbsent(rs.getString("conversation_id"), id -> new ArrayList<>())
                                .add(rs.getString("label") == null ? "unknown" : rs.getString("label"));
                        }
                    });
        }
        List<Transcript> transcripts = new ArrayList<>();
        for (String id : ids) {
            try {
                ConversationView view = conversations.view(id, true);
                Integer rating = view.rating() != null ? Integer.valueOf(view.rating().score()) : ratings.get(id);
                transcripts.add(new Transcript(id, view.customerId(), view.language(), view.createdAt(), view.messages(),
                        conversations.customerAnalyses(id), reasons.getOrDefault(id, List.of()), rating, view.mode() != Mode.CLOSED));
            }
            catch (ErrorResponseException gone) {
                // erased or past retention since it was recorded: nothing left to read
            }
        }
        return transcripts;
    }
}
