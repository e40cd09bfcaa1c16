package io.kefu.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The AI label travels with every serialised message and never blocks reading a stored one (API §2). */
class MessageJsonTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void whatTheMachineWroteIsLabelledAndWhatPeopleWroteIsNot() {
        for (String role : List.of("bot", "system")) {
            assertThat(serialised(role).get("aiGenerated").asBoolean()).as(role).isTrue();
        }
        for (String role : List.of("customer", "agent")) {
            JsonNode node = serialised(role);
            assertThat(node.has("aiGenerated")).as(role).isTrue();
            assertThat(node.get("aiGenerated").asBoolean()).as(role).isFalse();
        }
    }

    @Test
    void storedBodiesReadWithOrWithoutTheLabelAndTheRoleDecidesIt() {
        String without = "{\"id\":\"m1\",\"role\":\"bot\",\"text\":\"您好\",\"time\":\"2026-11-20T08:00:00+08:00\",\"internal\":false}";
        String claimingOtherwise = "{\"id\":\"m2\",\"role\":\"bot\",\"text\":\"您好\",\"aiGenerated\":false,\"internal\":false}";
        String customer = "{\"id\":\"m3\",\"role\":\"customer\",\"text\":\"hi\",\"aiGenerated\":true,\"internal\":false}";
        assertThat(json.readValue(without, Message.class).aiGenerated()).isTrue();
        assertThat(json.readValue(claimingOtherwise, Message.class).aiGenerated()).isTrue();
        assertThat(json.readValue(customer, Message.class).aiGenerated()).isFalse();
    }

    @Test
    void aCardCarriesItsReasonOnlyWhenItHasOne() {
        Message message = new Message("m", "bot", "为您找到", OffsetDateTime.now(), null, null,
                List.of(new Message.Card("product", java.util.Map.of("sku", "S1"), "65W 快充"), new Message.Card("order", java.util.Map.of())), null);
        JsonNode cards = json.readTree(json.writeValueAsString(message)).get("cards");
        assertThat(cards.get(0).get("reason").asString()).isEqualTo("65W 快充");
        assertThat(cards.get(1).has("reason")).isFalse();
        assertThat(json.readValue(json.writeValueAsString(message), Message.class).cards().getFirst().reason()).isEqualTo("65W 快充");
    }

    private JsonNode serialised(String role) {
        Message message = new Message("m", role, "text", OffsetDateTime.now(), null, null, null, null);
        return json.readTree(json.writeValueAsString(message));
    }
}
