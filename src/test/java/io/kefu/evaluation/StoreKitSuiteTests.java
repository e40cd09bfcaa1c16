package io.kefu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.kefu.KefuApplication;
import io.kefu.commerce.StoreFile;
import io.kefu.evaluation.internal.InProcessKefu;
import io.kefu.evaluation.internal.Scenario;
import io.kefu.evaluation.internal.ScenarioFiles;
import io.kefu.evaluation.internal.ScenarioPlayer;
import io.kefu.evaluation.internal.StoreUpload;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every store kit under {@code src/test/resources/stores}: the store imported into a service of its
 * own (started in this JVM on an empty in-memory database), then its conversation suite played over
 * HTTP. The demo store is the one the bot grew up with, {@code beauty-baby}, {@code tea-house},
 * {@code appliances} (since 6 December 2026) and {@code outdoor-gear} (since 7 December) the stores
 * it is developed on; {@code grocery}, {@code pet-supplies}, {@code home-textiles} and
 * {@code gadget-hub} are held out: measured only, never tuned on (the last three were written by
 * people who never read the bot's code). Each kit must reach its pass rate;
 * the tally of all goes to {@code target/scenario-report.json}.
 */
class StoreKitSuiteTests {

    private static final Path KITS = Path.of("src/test/resources/stores");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * Pass rate each kit must keep: regression floors a conversation or two below what the bot
     * reaches in this suite today (demo 63/63, beauty-baby 41/45, tea-house 42/46, appliances 37/45,
     * outdoor-gear 39/45, grocery 30/45; held out: pet-supplies 33/45, home-textiles 28/45,
     * gadget-hub 37/45, furniture-home 42/51), not the goal (95% on any store). Raise them as the bot
     * gets better; a kit not named here must pass every conversation.
     */
    private static final Map<String, Double> FLOORS = Map.of("demo", 0.98, "beauty-baby", 0.86, "tea-house", 0.86, "appliances", 0.77,
            "outdoor-gear", 0.8, "grocery", 0.62, "pet-supplies", 0.68, "home-textiles", 0.57, "gadget-hub", 0.77, "furniture-home", 0.76);
    /**
     * Conversations a change made pass, kept passing whatever the floor allows: the multi-question
     * message whose second clause only a likely FAQ entry answers (7 December 2026).
     */
    private static final Map<String, List<String>> KEPT = Map.of("beauty-baby", List.of("查物流并问身份证；已发货的订单不能直接取消"));
    private static final Map<String, Object> REPORT = new LinkedHashMap<>();

    @TestFactory
    Stream<DynamicTest> everyKitReachesItsPassRate() throws IOException {
        try (Stream<Path> kits = Files.list(KITS)) {
            return kits.filter(Files::isDirectory).sorted()
                .map(kit -> DynamicTest.dynamicTest(kit.getFileName().toString(), () -> play(kit))).toList().stream();
        }
    }

    private static void play(Path kit) {
        String name = kit.getFileName().toString();
        Path storeFile = Files.exists(kit.resolve("store.json")) ? kit.resolve("store.json") : Path.of("src/main/resources/demo/store.json");
        JsonNode store = StoreFile.read(storeFile, JSON, OffsetDateTime.now());
        // round the clock, so that a handover queues whatever time the suite runs
        ((ObjectNode) store.get("settings")).set("businessHours", JSON.valueToTree(Map.of("open", "00:00", "close", "00:00")));
        List<String> failures = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        int conversations = 0;
        try (InProcessKefu service = InProcessKefu.start(KefuApplication.class, Path.of("target/test-data/kits"))) {
            StoreUpload.upload(service.http(), store);
            InProcessKefu.awaitReady(service.http());
            ScenarioPlayer player = new ScenarioPlayer(service.http(), () -> StoreUpload.upload(service.http(), store, "orders"));
            for (Map.Entry<String, List<Scenario>> suite : ScenarioFiles.read(kit.resolve("scenarios")).entrySet()) {
                for (Scenario scenario : suite.getValue()) {
                    conversations++;
                    ScenarioPlayer.Outcome outcome = player.play(scenario);
                    if (!outcome.passed()) {
                        failed.add(scenario.name());
                        failures.add(suite.getKey() + ": " + outcome.describe());
                    }
                }
            }
        }
        double passRate = conversations == 0 ? 0 : 1.0 * (conversations - failures.size()) / conversations;
        REPORT.put(name, Map.of("conversations", conversations, "passed", conversations - failures.size(), "passRate", passRate));
        System.out.printf("Store kit %s: %d of %d conversations passed%n%s%n", name, conversations - failures.size(), conversations,
                String.join("\n", failures));
        assertThat(conversations).as(name + " has conversations").isPositive();
        assertThat(passRate).as(name + " passed " + (conversations - failures.size()) + " of " + conversations + ":\n"
                + String.join("\n", failures)).isGreaterThanOrEqualTo(FLOORS.getOrDefault(name, 1.0));
        KEPT.getOrDefault(name, List.of()).forEach(kept -> assertThat(failed).as(name + " keeps the conversations it was made to pass").doesNotContain(kept));
    }

    @AfterAll
    static void report() throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/scenario-report.json"), JSON.writeValueAsString(REPORT));
    }
}
