package io.kefu.nlu.internal.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UnreadableInputTests {

    private final EntityExtractor extractor = Fixtures.extractor();

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"asdkjh", "？？？", "???", "😀😀😂", "   ", "kf", "hello", "你好", "在吗", "……", "\u0001\u0000"})
    void nonsenseYieldsNothing(String text) {
        assertThat(extractor.extract(text, "zh")).isEmpty();
    }

    @Test
    void randomTextNeverThrowsAndStaysFast() {
        // dense in digits, units and keywords: the worst case for the patterns
        assertThat(cpuMicrosPerMessage("abcxyz0123456789 -+.,/$¥元块件个月日号到以内上下周天前后KF订单华为iPhone😀？!\n"))
                .isLessThan(30_000);
        assertThat(cpuMicrosPerMessage("abcdefghijklmnopqrstuvwxyz     ")).isLessThan(10_000);
        assertThat(cpuMicrosPerMessage("的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对"))
                .isLessThan(10_000);
    }

    @Test
    void typicalMessagesTakeMicroseconds() {
        String[] messages = {"我的订单KF20261120001到哪了", "where is my order E1001?", "有没有500到800元的蓝色防水手机",
            "昨天买的iphone 15 两台，什么时候发货", "I want a refund for the black nike shoes size 42 I bought last Monday",
            "转人工", "在吗", "华为mate60pro有12+256的吗 预算6000以内"};
        for (int i = 0; i < 5_000; i++) {
            extractor.extract(messages[i % messages.length], "zh"); // let the JIT compile first
        }
        long start = cpuNanos();
        for (int i = 0; i < 5_000; i++) {
            extractor.extract(messages[i % messages.length], "zh");
        }
        assertThat((cpuNanos() - start) / 5_000 / 1_000).isLessThan(1_000);
    }

    /** 2,000-character messages drawn from {@code alphabet}; CPU time, so that a busy machine does not fail the test. */
    private long cpuMicrosPerMessage(String alphabet) {
        Random random = new Random(42);
        int messages = 40;
        long start = cpuNanos();
        for (int i = 0; i < messages; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < 2000; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThatCode(() -> extractor.extract(text.toString(), "zh")).doesNotThrowAnyException();
        }
        return (cpuNanos() - start) / messages / 1_000;
    }

    private static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    @Test
    void randomUnicodeNeverThrows() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < 500; c++) {
                text.appendCodePoint(random.nextInt(0x2FFFF));
            }
            assertThatCode(() -> extractor.extract(text.toString(), "en")).doesNotThrowAnyException();
        }
    }

    @Test
    void overlongAndRepetitiveInputStaysFast() {
        String repeated = "a-".repeat(5000) + "1".repeat(3000) + "订单".repeat(2000);
        long start = cpuNanos();
        Map<String, Object> entities = extractor.extract(repeated, "zh");
        assertThat((cpuNanos() - start) / 1_000_000).isLessThan(200);
        assertThat(entities).isNotNull();
    }

    @Test
    void resultIsImmutableAndFreeOfNulls() {
        Map<String, Object> entities = extractor.extract("订单E1001，昨天买的两件蓝色的，500到800元", "zh");
        assertThat(entities).containsKeys("orderId", "date", "quantity", "attributes", "priceRange");
        assertThat(entities.values()).doesNotContainNull();
        assertThatCode(() -> Map.copyOf(entities)).doesNotThrowAnyException();
        assertThat(entities.getClass().getName()).contains("Unmodifiable");
    }

    @Test
    void isThreadSafe() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Map<String, Object>>> tasks = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String text = i % 2 == 0 ? "我的iphone 15 KF20261120001 昨天 99元" : "last Monday I bought 2 pieces under $50";
                tasks.add(() -> extractor.extract(text, "zh"));
            }
            Map<String, Object> even = extractor.extract(tasks.isEmpty() ? "" : "我的iphone 15 KF20261120001 昨天 99元", "zh");
            Map<String, Object> odd = extractor.extract("last Monday I bought 2 pieces under $50", "en");
            List<Future<Map<String, Object>>> results = pool.invokeAll(tasks);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? even : odd);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailingCollaboratorCostsOnlyItsOwnEntities() {
        EntityExtractor broken = new EntityExtractor(() -> {
            throw new IllegalStateException("catalog down");
        }, candidate -> {
            throw new IllegalStateException("orders down");
        }, OrderIdFormat.DEFAULT, Fixtures.SATURDAY);
        assertThat(broken.extract("昨天买的99元", "zh")).containsEntry("date", "2026-11-20").containsEntry("money", 99L);
    }
}
