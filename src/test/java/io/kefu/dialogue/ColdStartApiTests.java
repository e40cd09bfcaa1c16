package io.kefu.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.kefu.ApiClient;
import io.kefu.KefuApplication;
import io.kefu.OwnDatabase;
import io.kefu.ServiceTest;
import io.kefu.evaluation.internal.KefuHttp;
import io.kefu.evaluation.internal.Scenario;
import io.kefu.evaluation.internal.ScenarioFiles;
import io.kefu.evaluation.internal.ScenarioPlayer;
import tools.jackson.databind.JsonNode;

/**
 * A node started on a fresh data directory (no trained model, no cached vector, no index) serves
 * no customer turn until it reports ready, and from the moment it does it plays the escalation
 * scenarios as well as it does later: the models it reports ready with are the ones it keeps.
 * <p>
 * "Later" is not a minute of waiting: after readiness nothing in the background is left that could
 * change a decision (no stand-in is replaced, no training runs), so the same conversations played
 * again at once must be understood exactly alike — intent, confidence and emotion, turn by turn.
 */
class ColdStartApiTests {

    private static final Duration READY_LIMIT = Duration.ofMinutes(5);
    private static final Path ESCALATION = Path.of("src/test/resources/stores/demo/scenarios/escalation.yml");

    @TempDir
    Path freshDataDirectory;

    @Test
    void noTurnIsServedBeforeReadinessAndTheEscalationScenariosPassFromTheMomentItIsUp() throws Exception {
        long started = System.nanoTime();
        try (ConfigurableApplicationContext node = start(freshDataDirectory)) {
            ApiClient api = new ApiClient(((WebServerApplicationContext) node).getWebServer().getPort());

            assertStillStarting(api);
            assertATurnIsRefusedAndNothingIsDecided(api);

            awaitReadinessUp(api);
            System.out.printf("cold start: ready %.1f s after the node was started%n", (System.nanoTime() - started) / 1e9);
            KefuHttp service = new KefuHttp("http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort(), ServiceTest.ADMIN);
            List<Scenario> escalation = ScenarioFiles.read(ESCALATION).values().iterator().next();
            Played atUp = playAll(service, escalation);
            Played again = playAll(service, escalation);

            System.out.printf("cold start: escalation scenarios passed %d/%d right at readiness, %d/%d played again%n",
                    escalation.size() - atUp.failures().size(), escalation.size(), escalation.size() - again.failures().size(),
                    escalation.size());
            assertThat(atUp.failures()).as("right at readiness").isEmpty();
            assertThat(again.failures()).as("played again").isEmpty();
            assertThat(atUp.understood()).as("every turn understood alike").isEqualTo(again.understood());
        }
    }

    /** The node as {@code ./kefu start --demo} runs it, with a fresh data directory and database. */
    private static ConfigurableApplicationContext start(Path dataDirectory) {
        // a database of its own: the demo store is seeded only into an empty store, and tests that ran before
        // (in this JVM on H2, in any JVM on the shared PostgreSQL database) have filled the shared one
        String database = OwnDatabase.fresh("kefu_cold_start");
        Stream<String> testSettings = Arrays.stream(ServiceTest.class.getAnnotation(SpringBootTest.class).properties())
            .filter(property -> !property.startsWith("kefu.data-dir="))
            .map(property -> property.startsWith("spring.datasource.url=") ? "spring.datasource.url=" + database : property);
        Stream<String> coldStart = Stream.of("kefu.data-dir=" + dataDirectory, "server.port=0", "spring.profiles.active=demo",
                // a turn sent too early is refused within two seconds instead of the default ten
                "kefu.turns.max-wait=2s");
        return new SpringApplicationBuilder(KefuApplication.class)
            .run(Stream.concat(testSettings, coldStart).map(property -> "--" + property).toArray(String[]::new));
    }

    private static void assertStillStarting(ApiClient api) {
        for (String probe : List.of("/actuator/health", "/actuator/health/readiness")) {
            ApiClient.Response health = api.get(probe, null);
            assertThat(health.status()).as(probe).isEqualTo(503);
            assertThat(health.json().get("status").asString()).as(probe).isEqualTo("OUT_OF_SERVICE");
        }
        ApiClient.Response liveness = api.get("/actuator/health/liveness", null);
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.json().get("status").asString()).isEqualTo("UP");
    }

    private static void assertATurnIsRefusedAndNothingIsDecided(ApiClient api) {
        JsonNode created = api.post("/api/v1/conversations", null, Map.of()).json();
        String id = created.get("id").asString();
        String token = created.get("customerToken").asString();

        ApiClient.Response turn = api.post("/api/v1/conversations/" + id + "/messages", token, Map.of("text", "转人工"));

        assertThat(turn.status()).as(turn.text()).isEqualTo(503);
        assertThat(turn.header("Retry-After")).isEqualTo("5");
        JsonNode conversation = api.get("/api/v1/conversations/" + id, token).json();
        assertThat(conversation.get("mode").asString()).isEqualTo("bot");
        assertThat(conversation.get("messages")).as("the greeting only").hasSize(1);
    }

    /** Polls the readiness probe as a load balancer does. */
    private static void awaitReadinessUp(ApiClient api) throws InterruptedException {
        long deadline = System.nanoTime() + READY_LIMIT.toNanos();
        while (api.get("/actuator/health/readiness", null).status() != 200) {
            assertThat(System.nanoTime()).as("ready within %s", READY_LIMIT).isLessThan(deadline);
            Thread.sleep(100);
        }
        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
    }

    /** Plays every scenario: what failed, and each turn's understanding (intent, confidence, emotion). */
    private static Played playAll(KefuHttp service, List<Scenario> scenarios) {
        Played played = new Played(new ArrayList<>(), new ArrayList<>());
        ScenarioPlayer player = new ScenarioPlayer(service, () -> { }, (scenario, turn, result) -> {
            JsonNode analysis = result == null ? null : result.get("analysis");
            played.understood().add(scenario.name() + ": " + (analysis == null ? "refused"
                    : analysis.get("intent") + " " + analysis.get("confidence") + " " + analysis.get("emotion")));
        });
        for (Scenario scenario : scenarios) {
            ScenarioPlayer.Outcome outcome = player.play(scenario);
            if (!outcome.passed()) {
                played.failures().add(outcome.describe());
            }
        }
        return played;
    }

    private record Played(List<String> failures, List<String> understood) {
    }
}
