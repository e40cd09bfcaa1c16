package io.kefu.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.kefu.dialogue.internal.Measures.Dimension;
import io.kefu.dialogue.internal.Measures.Measure;

class MeasuresTests {

    @Test
    void agesAreReadInMonthsInBothLanguages() {
        assertThat(Measures.asked("宝宝八个月喝哪段奶粉")).containsExactly(new Measure(Dimension.AGE_MONTHS, 8, 8));
        assertThat(Measures.asked("一岁半的宝宝")).containsExactly(new Measure(Dimension.AGE_MONTHS, 18, 18));
        assertThat(Measures.asked("toys for a 3-year-old")).containsExactly(new Measure(Dimension.AGE_MONTHS, 36, 36));
        assertThat(Measures.asked("formula for an 8 month old")).containsExactly(new Measure(Dimension.AGE_MONTHS, 8, 8));
        assertThat(Measures.asked("a bottle for a newborn")).containsExactly(new Measure(Dimension.AGE_MONTHS, 0, 0));
    }

    @Test
    void weightsAreaAndPeopleAreReadInOneUnitEach() {
        assertThat(Measures.asked("宝宝12斤用什么尿不湿")).containsExactly(new Measure(Dimension.WEIGHT_KG, 6, 6));
        assertThat(Measures.asked("diapers for a 5 kg baby")).containsExactly(new Measure(Dimension.WEIGHT_KG, 5, 5));
        assertThat(Measures.asked("20平的卧室")).containsExactly(new Measure(Dimension.AREA_M2, 20, 20));
        assertThat(Measures.asked("三口之家用的")).containsExactly(new Measure(Dimension.PEOPLE, 3, 3));
        assertThat(Measures.asked("a rice cooker for a family of four")).containsExactly(new Measure(Dimension.PEOPLE, 4, 4));
        assertThat(Measures.asked("200块以内的面霜")).isEmpty();
    }

    @Test
    void rangesStatedByProductsHoldTheMeasuresInside() {
        assertThat(Measures.offered("ageRange", "6-12个月")).contains(new Measure(Dimension.AGE_MONTHS, 6, 12.99));
        assertThat(Measures.offered("ageRange", "0岁以上（新生儿可用）").orElseThrow().holds(new Measure(Dimension.AGE_MONTHS, 0, 0))).isTrue();
        assertThat(Measures.offered("suitableAge", "6 months+").orElseThrow().holds(new Measure(Dimension.AGE_MONTHS, 8, 8))).isTrue();
        assertThat(Measures.offered("suitableWeightKg", "4-8").orElseThrow().holds(new Measure(Dimension.WEIGHT_KG, 9, 9))).isFalse();
        assertThat(Measures.offered("suitableArea", "≤80㎡").orElseThrow().holds(new Measure(Dimension.AREA_M2, 60, 60))).isTrue();
        assertThat(Measures.offered("suitableFor", "1-2人 / 租房")).contains(new Measure(Dimension.PEOPLE, 1, 2.99));
    }

    @Test
    void singleValuesAndOtherNumbersAreNoRanges() {
        for (List<Object> attribute : List.of(List.<Object>of("shelfLifeMonths", 36), List.<Object>of("保质期", "18个月（冷藏）"),
                List.<Object>of("suitableFor", "孕4个月起至产后6个月"), List.<Object>of("nippleSize", "S号（0-3个月）"), List.<Object>of("capacityL", 4.5))) {
            assertThat(Measures.offered((String) attribute.get(0), attribute.get(1))).as(attribute.toString()).isEmpty();
        }
    }
}
