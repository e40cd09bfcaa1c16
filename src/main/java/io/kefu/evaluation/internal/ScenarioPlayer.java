package io.kefu.evaluation.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

/**
 * Plays scenarios against a service: opens the conversation (a signed-in shopper is vouched for
 * with the admin token, as a merchant's backend would), sends each turn and checks its result. A
 * conversation stops at its first unmet turn: what follows would answer a different conversation.
 */
public final class ScenarioPlayer {

    private final KefuHttp service;
    private final Runnable beforeEach;
    private final Listener listener;

    /** Hears every turn as it is played: what the customer said, and the turn result (null when the service refused it). */
    @FunctionalInterface
    public interface Listener {

        void played(Scenario scenario, Scenario.Turn turn, JsonNode result);
    }

    /** @param beforeEach run before each conversation, e.g. to restore the orders earlier conversations changed */
    public ScenarioPlayer(KefuHttp service, Runnable beforeEach) {
        this(service, beforeEach, (scenario, turn, result) -> { });
    }

    public ScenarioPlayer(KefuHttp service, Runnable beforeEach, Listener listener) {
        this.service = service;
        this.beforeEach = beforeEach;
        this.listener = listener;
    }

    /** A transcript line of a turn: what the customer said and what the bot answered, with the analysis. */
    public static String transcript(Scenario.Turn turn, JsonNode result) {
        return "  > " + turn.say() + "\n    < " + (result == null ? "(refused)" : said(result));
    }

    /** How one conversation went: the turn it failed at (1-based, 0 when it passed) and why. */
    public record Outcome(Scenario scenario, int turnsPlayed, int failedTurn, List<String> failures) {

        public boolean passed() {
            return failedTurn == 0;
        }

        public String describe() {
            return passed() ? "passed: " + scenario.name()
                    : "FAILED: " + scenario.name() + " — turn " + failedTurn + " \"" + scenario.turns().get(failedTurn - 1).say() + "\": "
                            + String.join("; ", failures);
        }
    }

    public Outcome play(Scenario scenario) {
        beforeEach.run();
        Map<String, Object> start = new HashMap<>();
        if (scenario.customer() != null) {
            start.put("customerId", scenario.customer());
        }
        if (scenario.language() != null) {
            start.put("language", scenario.language());
        }
        KefuHttp.Response opened = service.post("/api/v1/conversations", scenario.customer() == null ? null : service.adminToken(), start);
        if (opened.status() != 201) {
            return new Outcome(scenario, 0, 1, List.of("opening the conversation answered " + opened.status() + ": " + opened.text()));
        }
        JsonNode created = opened.json();
        String path = "/api/v1/conversations/" + created.path("id").asString() + "/messages";
        String token = created.path("customerToken").asString();
        int index = 0;
        for (Scenario.Turn turn : scenario.turns()) {
            index++;
            Map<String, Object> message = new HashMap<>(Map.of("text", turn.say()));
            if (turn.attachments() != null) {
                message.put("attachments", turn.attachments());
            }
            KefuHttp.Response response = service.post(path, token, message);
            listener.played(scenario, turn, response.status() == 200 ? response.json() : null);
            List<String> failures = response.status() != 200 ? List.of("answered " + response.status() + ": " + response.text())
                    : TurnCheck.failures(turn, response.json(), orderStatuses());
            if (!failures.isEmpty()) {
                List<String> withReply = new java.util.ArrayList<>(failures);
                if (response.status() == 200) {
                    withReply.add("the bot said " + said(response.json()));
                }
                return new Outcome(scenario, index, index, withReply);
            }
        }
        return new Outcome(scenario, index, 0, List.of());
    }

    private static String said(JsonNode result) {
        return result.path("messages").valueStream().map(m -> "\"" + m.path("text").asString() + "\"" + m.path("sources"))
            .toList() + " intent " + result.path("analysis").path("intent").asString() + " " + result.path("analysis").path("confidence")
                + " entities " + result.path("analysis").path("entities");
    }

    private Supplier<Map<String, String>> orderStatuses() {
        return () -> {
            Map<String, String> statuses = new LinkedHashMap<>();
            for (int page = 0;; page++) {
                JsonNode orders = service.get("/api/v1/orders?size=500&page=" + page, service.adminToken()).json();
                orders.forEach(order -> statuses.put(order.path("orderId").asString(), order.path("status").asString()));
                if (orders.size() < 500) {
                    return statuses;
                }
            }
        };
    }
}
