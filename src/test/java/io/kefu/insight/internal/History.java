package io.kefu.insight.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kefu.conversation.AnalysedMessage;
import io.kefu.conversation.Message;
import io.kefu.conversation.TurnResult;

/**
 * Builds one generated conversation with known answers: what the customer said with the intent and
 * emotion they had, what agents replied, how it ended. Times advance a minute per message.
 */
final class History {

    static final OffsetDateTime START = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private final String id = "c-" + UUID.randomUUID();
    private final String customerId;
    private final String language;
    private final OffsetDateTime startedAt;
    private final List<Message> messages = new ArrayList<>();
    private final List<AnalysedMessage> analysed = new ArrayList<>();
    private final List<String> handoffReasons = new ArrayList<>();
    private OffsetDateTime clock;
    private Integer rating;
    private boolean open = true;

    private History(String customerId, String language, OffsetDateTime startedAt) {
        this.customerId = customerId;
        this.language = language;
        this.startedAt = startedAt;
        this.clock = startedAt;
    }

    static History of(String customerId, String language, OffsetDateTime startedAt) {
        return new History(customerId, language, startedAt);
    }

    History customer(String text, String intent, String emotion, double intensity, String trend) {
        return customer(text, intent, emotion, intensity, trend, Map.of());
    }

    History customer(String text, String intent, String emotion, double intensity, String trend, Map<String, Object> entities) {
        Message message = message("customer", text, null);
        analysed.add(new AnalysedMessage(message, new TurnResult.Analysis(language, intent, 0.9, List.of(), new HashMap<>(entities),
                new TurnResult.Emotion(emotion, intensity, trend))));
        return this;
    }

    History about(String orderId) {
        return customer(orderId, "order_status", "neutral", 0, "steady", Map.of(Transcript.ORDER_ID, orderId));
    }

    History bot(String text) {
        message("bot", text, null);
        return this;
    }

    History agent(String name, String text) {
        message("agent", text, name);
        return this;
    }

    /** The next message comes this many seconds after the last (a minute by default). */
    History after(long seconds) {
        clock = clock.plusSeconds(seconds - 60);
        return this;
    }

    History handedOver(String reason) {
        handoffReasons.add(reason);
        return this;
    }

    History rated(int score) {
        rating = score;
        return this;
    }

    History closed() {
        open = false;
        return this;
    }

    Transcript transcript() {
        return new Transcript(id, customerId, language, startedAt, List.copyOf(messages), List.copyOf(analysed), List.copyOf(handoffReasons),
                rating, open);
    }

    private Message message(String role, String text, String author) {
        clock = clock.plusMinutes(1);
        Message message = new Message("m-" + UUID.randomUUID(), role, text, clock, List.of(), List.of(), List.of(), List.of(), author, false);
        messages.add(message);
        return message;
    }
}
