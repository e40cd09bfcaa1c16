package io.kefu.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import io.kefu.ServiceTest;
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
            for (Scenario scenario : ScenarioPlayer.read(file, json)) {
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

    private void play(Scenario scenario) {
        conversations.incrementAndGet();
        List<JsonNode> results = new ArrayList<>();
        try {
            new ScenarioPlayer(port, json).play(scenario, results);
        } finally {
            turns.addAndGet(results.size());
        }
        passed.incrementAndGet();
    }
}
