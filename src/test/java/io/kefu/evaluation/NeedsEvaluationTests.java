package io.kefu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kefu.KefuApplication;
import io.kefu.commerce.StoreFile;
import io.kefu.evaluation.internal.InProcessKefu;
import io.kefu.evaluation.internal.StoreUpload;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eval --task needs} on the store the shopping guide is developed on ({@code beauty-baby}):
 * its hand-judged need-style requests asked as a shopper would, in a service of its own. The
 * precision of the products shown and the share of reasons citing a fact of the product must stay
 * at their floors; the other kits' query sets are held out and only measured by the command.
 */
class NeedsEvaluationTests {

    private static final Path KIT = Path.of("src/test/resources/stores/beauty-baby");
    /** Regression floors a request or two below what the guide reaches today (precision@3 0.579, reasons citing 0.90 on
     * 2026-12-06), not the goal (0.9): raise them as the guide gets better. */
    static final double PRECISION_FLOOR = 0.55;
    static final double CITING_FLOOR = 0.85;

    @Test
    void theDevelopmentStoresNeedsKeepTheirPrecisionAndCitedReasons() {
        JsonNode store = StoreFile.read(KIT.resolve("store.json"), JsonMapper.builder().build(), OffsetDateTime.now());
        ByteArrayOutputStream failures = new ByteArrayOutputStream();
        Map<String, Object> result;
        try (InProcessKefu service = InProcessKefu.start(KefuApplication.class, Path.of("target/test-data/kits"))) {
            StoreUpload.upload(service.http(), store);
            InProcessKefu.awaitReady(service.http());
            result = new NeedsMeasure(KIT.resolve("needs.csv"), false, new PrintStream(failures, true, StandardCharsets.UTF_8))
                .measure(service.http(), store, KIT.resolve("store.json"));
        }
        String listed = failures.toString(StandardCharsets.UTF_8);
        System.out.println("Needs on beauty-baby: " + result + "\n" + listed);
        assertThat((int) result.get("queries")).isGreaterThanOrEqualTo(50);
        assertThat((double) result.get("precisionAt3")).as(listed).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat((double) result.get("reasonCiteRate")).as(listed).isGreaterThanOrEqualTo(CITING_FLOOR);
    }
}
