package io.kefu.evaluation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Compares one turn result with what a scenario expects of it; each unmet expectation is one line. */
final class TurnCheck {

    private final Scenario.Turn expected;
    private final JsonNode result;
    private final List<String> failures = new ArrayList<>();

    private TurnCheck(Scenario.Turn expected, JsonNode result) {
        this.expected = expected;
        this.result = result;
    }

    /**
     * @param orders the store's orders by id, read only when the turn expects order statuses
     * @return what was expected and did not hold; empty when the turn is as expected
     */
    static List<String> failures(Scenario.Turn expected, JsonNode result, java.util.function.Supplier<Map<String, String>> orders) {
        TurnCheck check = new TurnCheck(expected, result);
        check.run(orders);
        return check.failures;
    }

    private void run(java.util.function.Supplier<Map<String, String>> orders) {
        JsonNode analysis = result.path("analysis");
        JsonNode state = result.path("state");
        equal("intent", expected.intent(), analysis.path("intent").asString());
        if (expected.intents() != null) {
            List<String> names = analysis.path("intents").valueStream().map(i -> i.path("name").asString()).toList();
            expected.intents().stream().filter(name -> !names.contains(name)).forEach(name -> fail("intents " + names + " lack " + name));
        }
        if (expected.entities() != null) {
            expected.entities().forEach((name, value) -> {
                String actual = analysis.path("entities").path(name).toString();
                if (!actual.contains(String.valueOf(value))) {
                    fail("entity " + name + " is " + actual + ", expected " + value);
                }
            });
        }
        equal("language", expected.language(), analysis.path("language").asString());
        String replies = String.join("\n", result.path("messages").valueStream().map(m -> m.path("text").asString()).toList());
        if (expected.reply() != null) {
            expected.reply().stream().filter(wanted -> Arrays.stream(wanted.split("\\|")).noneMatch(replies::contains))
                .forEach(wanted -> fail("reply lacks \"" + wanted + "\""));
        }
        if (expected.notReply() != null) {
            expected.notReply().stream().filter(replies::contains).forEach(unwanted -> fail("reply says \"" + unwanted + "\""));
        }
        if (expected.replies() != null && result.path("messages").size() != expected.replies()) {
            fail(result.path("messages").size() + " replies, expected " + expected.replies());
        }
        containsAll("quick replies", all("quickReplies", null), expected.quickReplies());
        containsAll("cards", all("cards", "type"), expected.cards());
        if (expected.sources() != null) {
            List<String> cited = all("sources", null);
            expected.sources().stream().filter(wanted -> cited.stream().noneMatch(source -> cites(source, wanted)))
                .forEach(wanted -> fail("sources " + cited + " lack " + wanted));
        }
        if (expected.flow() != null) {
            equal("flow", expected.flow(), state.path("flow").isNull() || state.path("flow").isMissingNode() ? "none"
                    : state.path("flow").path("name").asString());
        }
        equal("awaiting", expected.awaiting(), state.path("flow").path("awaiting").asString());
        equal("mode", expected.mode(), state.path("mode").asString());
        if (expected.handoff() != null) {
            String reason = state.path("handoff").isNull() || state.path("handoff").isMissingNode() ? "none"
                    : state.path("handoff").path("reason").asString();
            if (!List.of(expected.handoff().split("\\|")).contains(reason)) {
                fail("handoff is " + reason + ", expected " + expected.handoff());
            }
        }
        if (expected.priority() != null && state.path("handoff").path("priority").asInt() != expected.priority()) {
            fail("handoff priority is " + state.path("handoff").path("priority") + ", expected " + expected.priority());
        }
        equal("emotion", expected.emotion(), analysis.path("emotion").path("label").asString());
        if (expected.orderStatus() != null) {
            Map<String, String> statuses = orders.get();
            expected.orderStatus().forEach((orderId, status) -> equal("order " + orderId, status, statuses.getOrDefault(orderId, "missing")));
        }
    }

    /** A cited source ({type, id}) against {@code type} or {@code type:id}; an id matches up to its {@code @v} version. */
    private static boolean cites(String source, String wanted) {
        int colon = wanted.indexOf(':');
        if (colon < 0) {
            return source.startsWith(wanted + ":");
        }
        return source.equals(wanted) || source.startsWith(wanted + "@v");
    }

    private List<String> all(String field, String property) {
        List<String> values = new ArrayList<>();
        for (JsonNode message : result.path("messages")) {
            for (JsonNode item : message.path(field)) {
                values.add(property != null ? item.path(property).asString()
                        : item.isObject() ? item.path("type").asString() + ":" + item.path("id").asString() : item.asString());
            }
        }
        return values;
    }

    private void containsAll(String what, List<String> actual, List<String> wanted) {
        if (wanted != null) {
            wanted.stream().filter(w -> !actual.contains(w)).forEach(w -> fail(what + " " + actual + " lack " + w));
        }
    }

    /** {@code wanted} may list alternatives, {@code "reason|confirm"}. */
    private void equal(String what, String wanted, String actual) {
        if (wanted != null && !List.of(wanted.split("\\|")).contains(actual)) {
            fail(what + " is " + actual + ", expected " + wanted);
        }
    }

    private void fail(String failure) {
        failures.add(failure);
    }
}
