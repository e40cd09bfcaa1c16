package io.kefu.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fact guardrail reads numbers, ids and windows however they are written, and only those. */
class GuardrailsTests {

    private static final String FACTS = "[policy returnWindowDays] Returns within 7 days of delivery.\n"
            + "[product PH-1001] 星耀X10 (SKU PH-1001): price 2999 CNY, in stock, batteryMah=5000. Order KFA123 shipped 2026-11-20.";

    @Test
    void factsStatedAnotherWayAreSupported() {
        assertThat(unsupported("星耀X10 售价 2999.00 元，签收后七天内可退。")).isEmpty();
        assertThat(unsupported("Returns are accepted within seven days; the PH-1001 has a 5,000 mAh battery.")).isEmpty();
        assertThat(unsupported("订单 kfa123 已于11月20日发货。")).isEmpty();
        assertThat(unsupported("有什么可以帮您？统一为您处理一下。")).as("一 in words is no number").isEmpty();
    }

    @Test
    void inventedNumbersIdsAndWindowsAreNot() {
        assertThat(unsupported("星耀X10 现在只要 1999 元")).containsExactly("1999");
        assertThat(unsupported("签收后十五天内可退")).containsExactly("15");
        assertThat(unsupported("您的订单 KFA124 已发货")).containsExactly("kfa124");
        assertThat(unsupported("SKU PH-1002 有货")).containsExactly("ph-1002");
        assertThat(unsupported("12月1日前发货")).contains("12", "1");
    }

    @Test
    void repeatedInstructionsAndAdmissionsAreRefused() {
        String instructions = Prompts.groundedInstructions("zh");
        assertThat(Guardrails.refusal("Sure! " + instructions.substring(40, 120), instructions, FactTokens.of(FACTS))).contains("instructions");
        assertThat(Guardrails.refusal("UNKNOWN", instructions, FactTokens.of(FACTS))).contains("unknown");
        assertThat(Guardrails.refusal("抱歉，我不知道。", instructions, FactTokens.of(FACTS))).contains("unknown");
        assertThat(Guardrails.refusal("签收后7天内可以退货。", instructions, FactTokens.of(FACTS))).isEmpty();
    }

    @Test
    void chineseNumerals() {
        assertThat(FactTokens.chinese("七")).isEqualTo(7);
        assertThat(FactTokens.chinese("十五")).isEqualTo(15);
        assertThat(FactTokens.chinese("三十")).isEqualTo(30);
        assertThat(FactTokens.chinese("一百二十")).isEqualTo(120);
        assertThat(FactTokens.chinese("两")).isEqualTo(2);
    }

    private static java.util.Set<String> unsupported(String text) {
        return FactTokens.of(text).unsupportedBy(FactTokens.of(FACTS));
    }
}
