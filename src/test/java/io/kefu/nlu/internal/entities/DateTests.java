package io.kefu.nlu.internal.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Today is Saturday 2026-11-21 in Shanghai. */
class DateTests {

    private final EntityExtractor extractor = Fixtures.withoutCatalog();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            昨天下的单                   | 2026-11-20
            前天买的                     | 2026-11-19
            大前天                       | 2026-11-18
            今天能发货吗                  | 2026-11-21
            明天能到吗                   | 2026-11-22
            三天前                       | 2026-11-18
            上周三买的                   | 2026-11-11
            上个星期五                   | 2026-11-13
            周五下的单                   | 2026-11-20
            下周一能到吗                  | 2026-11-23
            礼拜天                       | 2026-11-22
            11月20日下单                 | 2026-11-20
            十一月二十日                  | 2026-11-20
            2026-11-20                  | 2026-11-20
            2026年11月20号               | 2026-11-20
            12月28日能到吗                | 2026-12-28
            上个月5号                    | 2026-10-05
            5号买的                      | 2026-11-05
            28号能到吗                   | 2026-11-28
            双十一买的                   | 2026-11-11
            11.11买的                   | 2026-11-11
            6.18的订单                  | 2026-06-18
            yesterday                   | 2026-11-20
            the day before yesterday    | 2026-11-19
            tomorrow                    | 2026-11-22
            2 days ago                  | 2026-11-19
            three days ago              | 2026-11-18
            in 3 days                   | 2026-11-24
            last Monday                 | 2026-11-16
            next Friday                 | 2026-11-27
            on Wednesday                | 2026-11-18
            Nov 20                      | 2026-11-20
            November 20th, 2025         | 2025-11-20
            20th of November            | 2026-11-20
            11/20/2026                  | 2026-11-20
            """)
    void resolvesDates(String text, String date) {
        assertThat(extractor.extract(text, "zh")).containsEntry("date", date);
    }

    @Test
    void theEarliestDateSaidWins() {
        assertThat(extractor.extract("11月20日下单，昨天还没到", "zh")).containsEntry("date", "2026-11-20");
        assertThat(extractor.extract("昨天问过了，11月18日下的单", "zh")).containsEntry("date", "2026-11-20");
    }

    @Test
    void usesTheInjectedClockAndZone() {
        // 23:30 UTC on the 20th is already the 21st in Shanghai
        Clock lateEvening = Clock.fixed(Instant.parse("2026-11-20T23:30:00Z"), ZoneId.of("Asia/Shanghai"));
        assertThat(EntityExtractor.standalone(lateEvening).extract("昨天", "zh")).containsEntry("date", "2026-11-20");
        Clock newYork = Clock.fixed(Instant.parse("2026-11-20T23:30:00Z"), ZoneId.of("America/New_York"));
        assertThat(EntityExtractor.standalone(newYork).extract("yesterday", "en")).containsEntry("date", "2026-11-19");
    }

    @Test
    void aDateWithoutYearNearNewYearIsTheNearestOne() {
        Clock january = Clock.fixed(Instant.parse("2027-01-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        assertThat(EntityExtractor.standalone(january).extract("12月28日下的单", "zh")).containsEntry("date", "2026-12-28");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "13月45日", "3日内发货吗", "一日三餐", "3号楼", "2-3 business days", "may I ask",
        "北京市海淀区中关村大街1号", "I ordered 3 days late", "上周"})
    void rejectsImpossibleDatesAndDurations(String text) {
        assertThat(extractor.extract(text, "zh")).doesNotContainKey("date");
    }

    @Test
    void aDateIsNotReadAsAPriceRangeOrQuantity() {
        assertThat(extractor.extract("2026-11-20", "zh")).containsOnlyKeys("date");
    }
}
