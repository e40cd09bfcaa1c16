package io.kefu.evaluation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Asks each shopper question of a paraphrase set as the first message of a fresh conversation and
 * classifies the bot's first answer: from the right FAQ entry (a hit), from another entry (wrong),
 * the right entry offered among "did you mean" choices, or anything else (a miss). A question no
 * entry answers ({@code faq_id} empty) is right unless some entry answers it.
 */
public final class ParaphraseCheck {

    public enum Outcome { HIT, OFFERED, WRONG_ENTRY, MISS, REFUSED }

    /** One question, the entry that answers it (null if none), and how it went. */
    public record Asked(String question, String expected, Outcome outcome, String answeredBy, String reply) {
    }

    private final KefuHttp service;
    private final Map<String, List<String>> entryQuestions;

    /** @param entryQuestions each FAQ entry's questions, to recognise it among offered choices */
    public ParaphraseCheck(KefuHttp service, Map<String, List<String>> entryQuestions) {
        this.service = service;
        this.entryQuestions = entryQuestions;
    }

    public Asked ask(String question, String expectedEntry, String customerId) {
        Map<String, Object> start = new HashMap<>();
        if (customerId != null) {
            start.put("customerId", customerId);
        }
        JsonNode created = service.post("/api/v1/conversations", customerId == null ? null : service.adminToken(), start).json();
        KefuHttp.Response response = service.post("/api/v1/conversations/" + created.path("id").asString() + "/messages",
                created.path("customerToken").asString(), Map.of("text", question));
        if (response.status() != 200) {
            return new Asked(question, expectedEntry, Outcome.MISS, null, "HTTP " + response.status() + " " + response.text());
        }
        JsonNode result = response.json();
        List<String> cited = new ArrayList<>();
        List<String> choices = new ArrayList<>();
        StringBuilder said = new StringBuilder();
        for (JsonNode message : result.path("messages")) {
            said.append(message.path("text").asString()).append(' ');
            message.path("sources").forEach(source -> {
                if ("knowledge".equals(source.path("type").asString())) {
                    String id = source.path("id").asString();
                    cited.add(id.contains("@v") ? id.substring(0, id.lastIndexOf("@v")) : id);
                }
            });
            message.path("quickReplies").forEach(choice -> choices.add(choice.asString()));
        }
        String reply = said.toString().strip();
        String answeredBy = cited.isEmpty() ? null : cited.getFirst();
        if (expectedEntry == null) {
            return new Asked(question, null, answeredBy == null ? Outcome.REFUSED : Outcome.WRONG_ENTRY, answeredBy, reply);
        }
        if (cited.contains(expectedEntry)) {
            return new Asked(question, expectedEntry, Outcome.HIT, expectedEntry, reply);
        }
        if (answeredBy != null) {
            return new Asked(question, expectedEntry, Outcome.WRONG_ENTRY, answeredBy, reply);
        }
        boolean offered = entryQuestions.getOrDefault(expectedEntry, List.of()).stream().anyMatch(choices::contains);
        return new Asked(question, expectedEntry, offered ? Outcome.OFFERED : Outcome.MISS, null, reply);
    }
}
