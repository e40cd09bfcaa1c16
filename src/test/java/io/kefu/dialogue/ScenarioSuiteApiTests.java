package io.kefu.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import io.kefu.demo.DemoStoreFile;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scenario suite: every conversation in {@code scenarios/*.yml} played against the started
 * service, with the demo store freshly imported through the API before each one. Writes the tally
 * to {@code target/scenario-report.json}.
 */
@ServiceTest
class ScenarioSuiteApiTests {

    private static final AtomicInteger conversations = new AtomicInteger();
    private static final AtomicInteger turns = new AtomicInteger();
    private static final AtomicInteger passed = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:scenarios/*.yml")) {
            for (Scenario scenario : read(file)) {
                tests.add(DynamicTest.dynamicTest(file.getFilename() + ": " + scenario.name(), () -> play(scenario)));
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    @AfterAll
    static void report() throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/scenario-report.json"), "{\"conversations\":%d,\"turns\":%d,\"passed\":%d,\"passRate\":%.3f}"
            .formatted(conversations.get(), turns.get(), passed.get(), conversations.get() == 0 ? 0 : passed.doubleValue() / conversations.get()));
    }

    private List<Scenario> read(Resource file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            Object tree = new Yaml().load(in);
            return json.convertValue(tree, new TypeReference<List<Scenario>>() { });
        }
    }

    private void play(Scenario scenario) {
        conversations.incrementAndGet();
        ApiClient api = new ApiClient(port);
        importDemoStore(api);
        Map<String, Object> start = new HashMap<>();
        if (scenario.language() != null) {
            start.put("language", scenario.language());
        }
        JsonNode created = api.openAs(scenario.customer(), start).json();
        String id = created.get("id").asString();
        String token = created.get("customerToken").asString();
        int index = 0;
        for (Scenario.Turn turn : scenario.turns()) {
            turns.incrementAndGet();
            index++;
            Map<String, Object> message = new HashMap<>(Map.of("text", turn.say()));
            if (turn.attachments() != null) {
                message.put("attachments", turn.attachments());
            }
            ApiClient.Response response = api.post("/api/v1/conversations/" + id + "/messages", token, message);
            assertThat(response.status()).as("turn %d '%s': %s", index, turn.say(), response.text()).isEqualTo(200);
            new TurnExpectations(api, turn, response.json(), "turn " + index + " '" + turn.say() + "'").check();
        }
        passed.incrementAndGet();
    }

    private void importDemoStore(ApiClient api) {
        JsonNode store = DemoStoreFile.read(json, OffsetDateTime.now());
        put(api, "/api/v1/settings", store.get("settings"));
        put(api, "/api/v1/catalog/products", store.get("products"));
        put(api, "/api/v1/customers", store.get("customers"));
        put(api, "/api/v1/orders", store.get("orders"));
        put(api, "/api/v1/promotions", store.get("promotions"));
        put(api, "/api/v1/knowledge", store.get("knowledge"));
        put(api, "/api/v1/settings", json.valueToTree(io.kefu.TestStore.ALWAYS_OPEN));
    }

    private static void put(ApiClient api, String path, JsonNode body) {
        ApiClient.Response response = api.put(path, ServiceTest.ADMIN, ApiClient.json(body));
        assertThat(response.status()).as(path + ": " + response.text()).isEqualTo(200);
    }
}
