package io.kefu.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.Yaml;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import io.kefu.TestStore;
import io.kefu.demo.DemoStoreFile;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays scripted conversations ({@code scenarios/*.yml}) against a started service over HTTP: the
 * demo store freshly imported through the API before each one, then every turn sent and checked
 * against its expectations.
 */
final class ScenarioPlayer {

    private final ApiClient api;
    private final JsonMapper json;

    ScenarioPlayer(int port, JsonMapper json) {
        this.api = new ApiClient(port);
        this.json = json;
    }

    static List<Scenario> read(Resource file, JsonMapper json) throws IOException {
        try (InputStream in = file.getInputStream()) {
            Object tree = new Yaml().load(in);
            return json.convertValue(tree, new TypeReference<List<Scenario>>() { });
        }
    }

    /**
     * Plays one scenario; an expectation not met fails with an {@link AssertionError}.
     *
     * @param results receives each turn's result as it comes back, before it is checked
     */
    void play(Scenario scenario, List<JsonNode> results) {
        importDemoStore();
        Map<String, Object> start = new HashMap<>();
        if (scenario.customer() != null) {
            start.put("customerId", scenario.customer());
        }
        if (scenario.language() != null) {
            start.put("language", scenario.language());
        }
        JsonNode created = api.post("/api/v1/conversations", null, start).json();
        String id = created.get("id").asString();
        String token = created.get("customerToken").asString();
        int index = 0;
        for (Scenario.Turn turn : scenario.turns()) {
            index++;
            Map<String, Object> message = new HashMap<>(Map.of("text", turn.say()));
            if (turn.attachments() != null) {
                message.put("attachments", turn.attachments());
            }
            ApiClient.Response response = api.post("/api/v1/conversations/" + id + "/messages", token, message);
            assertThat(response.status()).as("turn %d '%s': %s", index, turn.say(), response.text()).isEqualTo(200);
            results.add(response.json());
            new TurnExpectations(api, turn, response.json(), "turn " + index + " '" + turn.say() + "'").check();
        }
    }

    private void importDemoStore() {
        JsonNode store = DemoStoreFile.read(json, OffsetDateTime.now());
        put("/api/v1/settings", store.get("settings"));
        put("/api/v1/catalog/products", store.get("products"));
        put("/api/v1/customers", store.get("customers"));
        put("/api/v1/orders", store.get("orders"));
        put("/api/v1/promotions", store.get("promotions"));
        put("/api/v1/knowledge", store.get("knowledge"));
        put("/api/v1/settings", json.valueToTree(TestStore.ALWAYS_OPEN));
    }

    private void put(String path, JsonNode body) {
        ApiClient.Response response = api.put(path, ServiceTest.ADMIN, ApiClient.json(body));
        assertThat(response.status()).as(path + ": " + response.text()).isEqualTo(200);
    }
}
