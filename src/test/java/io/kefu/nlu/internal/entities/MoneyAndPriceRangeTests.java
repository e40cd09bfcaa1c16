package io.kefu.nlu.internal.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyAndPriceRangeTests {

    private final EntityExtractor extractor = Fixtures.withoutCatalog();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            这个99元吗                 | 99
            ¥99 包邮吗                 | 99
            ￥1,299.50                 | 1299.5
            四十块能卖吗               | 40
            三百块钱                   | 300
            两千五元                   | 2500
            1.5万元的预算够吗           | 15000
            我付了299怎么还没发货       | 299
            800左右的耳机               | 800
            it's $49.99 now           | 49.99
            I paid 120 for it         | 120
            50 bucks is too much      | 50
            it was 49.99              | 49.99
            金额是 1,299.00            | 1299
            一共花了三百               | 300
            售价199                    | 199
            支付了88                   | 88
            """)
    void findsMoney(String text, String amount) {
        assertThat(extractor.extract(text, "zh").get("money")).asString().isEqualTo(amount);
    }

    @Test
    void moneyKeepsItsCurrencyWhenNamed() {
        assertThat(extractor.extract("$49.99", "en")).containsEntry("money", 49.99).containsEntry("currency", "USD");
        assertThat(extractor.extract("99元", "zh")).containsEntry("money", 99L).containsEntry("currency", "CNY");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            500到800元的手机                | 500 | 800
            价格500-800                     | 500 | 800
            预算在1000至2000块              | 1000 | 2000
            800以内的耳机                   | -   | 800
            800块以下                       | -   | 800
            不超过1000                      | -   | 1000
            预算三百                        | -   | 300
            1000以上的                      | 1000 | -
            至少两千块                      | 2000 | -
            under $50                       | -   | 50
            something below 30 dollars      | -   | 30
            between 20 and 40 dollars       | 20  | 40
            less than 100                   | -   | 100
            over 200                        | 200 | -
            $20 - $40 please                | 20  | 40
            50 to 80 bucks                  | 50  | 80
            """)
    void findsPriceRanges(String text, String min, String max) {
        Map<String, Object> entities = extractor.extract(text, "zh");
        assertThat(entities).containsKey("priceRange").doesNotContainKey("money");
        Map<?, ?> range = (Map<?, ?>) entities.get("priceRange");
        assertThat(range.get("min") == null ? null : range.get("min").toString()).isEqualTo(min);
        assertThat(range.get("max") == null ? null : range.get("max").toString()).isEqualTo(max);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            3-5天能到吗
            不超过7天可以退吗
            less than 3 days
            over 2 weeks ago I ordered
            三百
            I have 2 questions
            第1-2件
            """)
    void doesNotTakeDurationsCountsOrBareNumbersForMoney(String text) {
        assertThat(extractor.extract(text, "zh")).doesNotContainKeys("money", "priceRange");
    }

    @Test
    void aRangeIsOrderedEvenWhenSaidBackwards() {
        assertThat(extractor.extract("800到500元", "zh")).containsEntry("priceRange", Map.of("min", 500L, "max", 800L));
    }
}
