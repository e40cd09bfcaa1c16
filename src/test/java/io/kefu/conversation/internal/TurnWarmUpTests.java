package io.kefu.conversation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import io.kefu.TestStore;
import io.kefu.platform.Readiness;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The warm-up plays real turns on the real service (its store's FAQ and products, every intent in
 * zh and en) and leaves no trace: not a row in any table (conversations, messages, insight events,
 * outbox items, event publications, unanswered questions), not a count in any of Kefu's meters.
 */
@ServiceTest
@TestPropertySource(properties = "kefu.readiness.warm-up-turns=200")
class TurnWarmUpTests {

    @LocalServerPort
    int port;

    @Autowired
    TurnWarmUp warmUp;

    @Autowired
    Readiness readiness;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void theNodeBecameReadyOnlyAfterItsWarmUp() {
        // that it begins only after the other conditions and holds readiness until it ends: ReadinessTests
        assertThat(readiness.conditions()).containsEntry("warm-up", Readiness.State.READY);
    }

    @Test
    void warmingUpLeavesNoRowAndNoCountBehind() {
        new TestStore(new ApiClient(port)).imported();
        Map<String, Long> rowsBefore = rowsPerTable();
        Map<String, Double> metersBefore = counts();

        int played = warmUp.warmUp();

        assertThat(played).as("rehearsed turns").isGreaterThanOrEqualTo(100);
        assertThat(rowsPerTable()).as("rows per table").isEqualTo(rowsBefore);
        assertThat(counts()).as("Kefu's meters").isEqualTo(metersBefore);
    }

    private Map<String, Long> rowsPerTable() {
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE lower(table_schema) = 'public' "
                + "AND table_type IN ('BASE TABLE', 'TABLE')").query(String.class).list();
        assertThat(tables).contains("conversations", "messages");
        Map<String, Long> rows = new TreeMap<>();
        for (String table : tables) {
            rows.put(table, jdbc.sql("SELECT count(*) FROM \"" + table + "\"").query(Long.class).single());
        }
        return rows;
    }

    private Map<String, Double> counts() {
        Map<String, Double> counts = new TreeMap<>();
        for (Meter meter : meters.getMeters()) {
            if (!meter.getId().getName().startsWith("kefu.")) {
                continue;
            }
            String id = meter.getId().toString();
            if (meter instanceof Counter counter) {
                counts.put(id, counter.count());
            } else if (meter instanceof Timer timer) {
                counts.put(id, (double) timer.count());
            } else if (meter instanceof DistributionSummary summary) {
                counts.put(id, (double) summary.count());
            } else if (meter instanceof FunctionCounter counter) {
                counts.put(id, counter.count());
            }
        }
        return counts;
    }
}
