package io.kefu.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import tools.jackson.databind.JsonNode;

/** Checks one turn result against the expectations a scenario wrote for it. */
final class TurnExpectations {

    private final ApiClient api;
    private final Scenario.Turn expected;
    private final JsonNode result;
    private final String where;

    TurnExpectations(ApiClient api, Scenario.Turn expected, JsonNode result, String where) {
        this.api = api;
        this.expected = expected;
        this.result = result;
        this.where = where + " → " + result;
    }

    void check() {
        JsonNode analysis = result.get("analysis");
        JsonNode state = result.get("state");
        if (expected.intent() != null) {
            assertThat(analysis.get("intent").asString()).as(where).isEqualTo(expected.intent());
        }
        if (expected.intents() != null) {
            List<String> names = analysis.get("intents").valueStream().map(i -> i.get("name").asString()).toList();
            assertThat(names).as(where).containsAll(expected.intents());
        }
        if (expected.entities() != null) {
            expected.entities().forEach((name, value) ->
                    assertThat(analysis.get("entities").path(name).toString()).as(where).contains(String.valueOf(value)));
        }
        if (expected.language() != null) {
            assertThat(analysis.get("language").asString()).as(where).isEqualTo(expected.language());
        }
        String replies = texts();
        if (expected.reply() != null) {
            for (String wanted : expected.reply()) {
                assertThat(Arrays.stream(wanted.split("\\|")).anyMatch(replies::contains)).as(where + " should say " + wanted).isTrue();
            }
        }
        if (expected.notReply() != null) {
            for (String unwanted : expected.notReply()) {
                assertThat(replies).as(where).doesNotContain(unwanted);
            }
        }
        if (expected.replies() != null) {
            assertThat(result.get("messages")).as(where).hasSize(expected.replies());
        }
        if (expected.quickReplies() != null) {
            assertThat(all("quickReplies", null)).as(where).containsAll(expected.quickReplies());
        }
        if (expected.cards() != null) {
            assertThat(all("cards", "type")).as(where).containsAll(expected.cards());
        }
        if (expected.sources() != null) {
            assertThat(all("sources", "type")).as(where).containsAll(expected.sources());
        }
        if (expected.flow() != null) {
            String flow = state.get("flow").isNull() ? "none" : state.get("flow").get("name").asString();
            assertThat(flow).as(where).isEqualTo(expected.flow());
        }
        if (expected.awaiting() != null) {
            assertThat(state.get("flow").path("awaiting").asString()).as(where).isEqualTo(expected.awaiting());
        }
        if (expected.mode() != null) {
            assertThat(state.get("mode").asString()).as(where).isEqualTo(expected.mode());
        }
        if (expected.handoff() != null) {
            String reason = state.get("handoff").isNull() ? "none" : state.get("handoff").get("reason").asString();
            assertThat(List.of(expected.handoff().split("\\|"))).as(where).contains(reason);
        }
        if (expected.priority() != null) {
            assertThat(state.get("handoff").get("priority").asInt()).as(where).isEqualTo(expected.priority());
        }
        if (expected.emotion() != null) {
            assertThat(analysis.get("emotion").get("label").asString()).as(where).isEqualTo(expected.emotion());
        }
        if (expected.orderStatus() != null) {
            checkOrders(expected.orderStatus());
        }
    }

    private String texts() {
        return String.join("\n", result.get("messages").valueStream().map(m -> m.get("text").asString()).toList());
    }

    private List<String> all(String field, String property) {
        List<String> values = new ArrayList<>();
        for (JsonNode message : result.get("messages")) {
            for (JsonNode item : message.get(field)) {
                values.add(property == null ? item.asString() : item.get(property).asString());
            }
        }
        return values;
    }

    private void checkOrders(Map<String, String> statuses) {
        JsonNode orders = api.get("/api/v1/orders?size=500", ServiceTest.ADMIN).json();
        statuses.forEach((orderId, status) -> {
            String actual = orders.valueStream().filter(o -> orderId.equals(o.get("orderId").asString())).findFirst()
                .map(o -> o.get("status").asString()).orElse("missing");
            assertThat(actual).as(where + " order " + orderId).isEqualTo(status);
        });
    }
}
