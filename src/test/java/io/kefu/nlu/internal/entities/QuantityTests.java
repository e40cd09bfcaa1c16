package io.kefu.nlu.internal.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTests {

    private final EntityExtractor extractor = Fixtures.withoutCatalog();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            我要两件                    | 2
            买3个                       | 3
            一双袜子                    | 1
            十二瓶                      | 12
            退2台                       | 2
            I want 2 pieces             | 2
            three boxes please          | 3
            a pair of socks             | 1
            two pairs                   | 2
            a dozen of them             | 12
            10pcs                       | 10
            iphone 15 x2                | 2
            """)
    void findsQuantities(String text, int quantity) {
        assertThat(extractor.extract(text, "zh")).containsEntry("quantity", quantity);
    }

    @ParameterizedTest
    @ValueSource(strings = {"我有一个问题", "第二件半价吗", "99元", "3天到", "a few things", "10000件"})
    void doesNotMistakeArticlesOrdinalsOrPricesForQuantities(String text) {
        assertThat(extractor.extract(text, "zh")).doesNotContainKey("quantity");
    }
}
