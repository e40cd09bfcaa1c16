package io.kefu.recommendation.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.kefu.conversation.AnalysedMessage;
import io.kefu.conversation.ConversationService;
import io.kefu.conversation.ConversationView;
import io.kefu.conversation.Message;
import io.kefu.recommendation.RecommendationSettings;

/**
 * What the customer's recent conversations showed interest in: the products they asked about (the
 * one product a message of theirs clearly named, as its analysis recorded it) and the products the
 * bot showed them (the product sources and cards of its answers). An interest fades with a half-life
 * of a week, and a product shown among several weighs less than one shown alone.
 */
@Component
class ConversationInterest {

    /** How many of the customer's latest conversations are read. */
    private static final int CONVERSATIONS = 20;
    private static final Duration HALF_LIFE = Duration.ofDays(7);
    private static final double ASKED = 1.0;
    private static final double SHOWN = 0.7;

    private final ConversationService conversations;
    private final RecommendationSettings settings;

    ConversationInterest(ConversationService conversations, RecommendationSettings settings) {
        this.conversations = conversations;
        this.settings = settings;
    }

    /** The customer's recent conversations and what they showed, read once per request. */
    Recent read(String customerId, OffsetDateTime now) {
        List<String> ids = conversations.conversationsOf(customerId, now.minus(settings.interestWindow()), CONVERSATIONS);
        Map<String, Interest> interests = new HashMap<>();
        String language = null;
        for (String id : ids) {
            ConversationView view = conversations.view(id);
            language = language == null ? view.language() : language;
            for (Message message : view.messages()) {
                if ("bot".equals(message.role())) {
                    Set<String> shown = shownProducts(message);
                    shown.forEach(sku -> keep(interests, new Interest(sku, false, SHOWN / Math.sqrt(shown.size()) * fading(message, now))));
                }
            }
            for (AnalysedMessage analysed : conversations.customerAnalyses(id)) {
                if (analysed.analysis() != null && analysed.analysis().entities() != null
                        && analysed.analysis().entities().get("sku") instanceof String sku) {
                    keep(interests, new Interest(sku, true, ASKED * fading(analysed.message(), now)));
                }
            }
        }
        return new Recent(language, Map.copyOf(interests));
    }

    /** Only the language of the customer's latest recent conversation (null when none), for a shopper read impersonally. */
    Recent languageOnly(String customerId, OffsetDateTime now) {
        List<String> latest = conversations.conversationsOf(customerId, now.minus(settings.interestWindow()), 1);
        return new Recent(latest.isEmpty() ? null : conversations.view(latest.get(0)).language(), Map.of());
    }

    /** {@code language} of the latest conversation, null when there was none; interests by SKU. */
    record Recent(String language, Map<String, Interest> interests) {
    }

    /** {@code asked}: the customer named the product; otherwise the bot showed it. */
    record Interest(String sku, boolean asked, double strength) {
    }

    private static Set<String> shownProducts(Message message) {
        Set<String> skus = new LinkedHashSet<>();
        message.sources().stream().filter(source -> "product".equals(source.type()) && source.id() != null).forEach(s -> skus.add(s.id()));
        message.cards().stream().filter(card -> "product".equals(card.type()) && card.data().get("sku") instanceof String)
            .forEach(card -> skus.add((String) card.data().get("sku")));
        return skus;
    }

    private static void keep(Map<String, Interest> interests, Interest interest) {
        interests.merge(interest.sku(), interest, (a, b) -> a.strength() >= b.strength() ? a : b);
    }

    private static double fading(Message message, OffsetDateTime now) {
        if (message.time() == null) {
            return 1;
        }
        double days = Math.max(0, Duration.between(message.time(), now).toMinutes() / (24.0 * 60));
        return Math.pow(0.5, days / HALF_LIFE.toDays());
    }
}
