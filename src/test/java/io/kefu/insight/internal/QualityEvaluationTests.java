package io.kefu.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.kefu.ServiceTest;
import io.kefu.commerce.StoreSettings;

/**
 * Quality review against my own labels: 120 generated agent conversations, each category's fault
 * put in or left out at random (a greeting or none, an apology or none after an upset message, the
 * right or a wrong price, a quick or a slow answer, personal data or a return promise beyond the
 * store's 7 days, a good or a bad rating), in wordings other than the examples the reviewer knows.
 * Agreement is the share of (conversation, category) pairs where the review finds a fault exactly
 * when one was put in; printed as {@code EVAL quality …}.
 */
@ServiceTest
class QualityEvaluationTests {

    private static final List<String> GREETINGS = List.of("您好，我是客服小李，很高兴为您服务", "你好呀，这里是人工客服", "您好！请问有什么可以帮您？",
            "您好，欢迎光临本店");
    private static final List<String> NO_GREETINGS = List.of("订单号发一下", "查到了，已经发货", "稍等我查下", "这个问题我来处理");
    private static final List<String> APOLOGIES = List.of("真对不起，让您等了这么久，我马上处理", "很抱歉出现这种情况，我非常理解您着急的心情",
            "实在抱歉给您添麻烦了", "非常不好意思让您遇到这样的问题");
    private static final List<String> FLAT = List.of("请提供订单号", "系统显示正常", "按流程走就行", "这个我们也没办法");

    @Autowired
    AgentLanguage language;

    @Test
    void reviewAgreesWithMyLabels() {
        QualityChecks checks = new QualityChecks(StoreSettings.DEFAULTS, language::greets, language::empathises, language::aboutReturns,
                Duration.ofSeconds(120));
        Random random = new Random(7);
        Map<String, int[]> agreement = new HashMap<>();
        for (int i = 0; i < 120; i++) {
            Map<String, Boolean> faults = new HashMap<>();
            QualityChecks.CATEGORIES.forEach(category -> faults.put(category, random.nextDouble() < 0.4));
            History history = History.of("c" + i, "zh", History.START).customer("我的订单KF" + i + "怎么还没到，太慢了", "logistics", "anger", 0.7,
                    "rising");
            history.after(faults.get("responsiveness") ? 400 : 30);
            history.agent("amy", pick(random, faults.get("greeting") ? NO_GREETINGS : GREETINGS));
            history.agent("amy", pick(random, faults.get("empathy") ? FLAT : APOLOGIES));
            history.agent("amy", "这件商品是" + (faults.get("accuracy") ? "2899" : "2999") + "元");
            history.agent("amy", faults.get("compliance") ? (random.nextBoolean() ? "已经帮您登记电话138****5678" : "收到货30天内都可以退货退款")
                    : "收到货7天内可以申请退货");
            history.rated(faults.get("resolution") ? 1 + random.nextInt(2) : 4 + random.nextInt(2));
            List<QualityChecks.Finding> findings = checks.review(history.transcript(), "amy", Set.of(new BigDecimal("2999")), List.of(), false);
            for (String category : QualityChecks.CATEGORIES) {
                boolean found = findings.stream().anyMatch(f -> f.category().equals(category));
                int[] counts = agreement.computeIfAbsent(category, c -> new int[2]);
                counts[0] += found == faults.get(category) ? 1 : 0;
                counts[1]++;
            }
        }
        int agreed = agreement.values().stream().mapToInt(c -> c[0]).sum();
        int total = agreement.values().stream().mapToInt(c -> c[1]).sum();
        StringBuilder line = new StringBuilder(String.format("EVAL quality conversations=120 agreement=%.3f", (double) agreed / total));
        QualityChecks.CATEGORIES.forEach(c -> line.append(String.format(" %s=%.3f", c, agreement.get(c)[0] / (double) agreement.get(c)[1])));
        System.out.println(line);
        assertThat((double) agreed / total).isGreaterThan(0.85);
    }

    private static String pick(Random random, List<String> texts) {
        return texts.get(random.nextInt(texts.size()));
    }
}
