package io.kefu.nlu.internal.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

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

    // Speed is measured by the bench command, not asserted here (timings on shared machines are noise).
    @Test
    void randomDenseTextNeverThrows() {
        extractsWithoutThrowing("abcxyz0123456789 -+.,/$¥元块件个月日号到以内上下周天前后KF订单华为iPhone😀？!\n");
        extractsWithoutThrowing("abcdefghijklmnopqrstuvwxyz     ");
        extractsWithoutThrowing("的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对");
    }

    @Test
    void typicalMessagesYieldTheirEntities() {
        assertThat(extractor.extract("我的订单KF20261120001到哪了", "zh")).containsKey("orderId");
        assertThat(extractor.extract("有没有500到800元的蓝色防水手机", "zh")).containsKey("priceRange");
    }

    /** 2,000-character messages drawn from {@code alphabet}. */
    private void extractsWithoutThrowing(String alphabet) {
        Random random = new Random(42);
        for (int i = 0; i < 40; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < 2000; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThatCode(() -> extractor.extract(text.toString(), "zh")).doesNotThrowAnyException();
        }
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
    void overlongAndRepetitiveInputIsHandled() {
        String repeated = "a-".repeat(5000) + "1".repeat(3000) + "订单".repeat(2000);
        assertThat(extractor.extract(repeated, "zh")).isNotNull();
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
