package io.kefu.nlu.internal.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumeralsTests {

    @ParameterizedTest
    @CsvSource(textBlock = """
            三, 3
            十, 10
            十二, 12
            二十, 20
            两百, 200
            三百, 300
            一百零五, 105
            两千五, 2500
            一万五, 15000
            十万, 100000
            3千, 3000
            1.5万, 15000
            5k, 5000
            2w, 20000
            '1,299', 1299
            two, 2
            a dozen, 12
            """)
    void readsNumbers(String text, String value) {
        assertThat(Numerals.parse(text)).isEqualByComparingTo(new BigDecimal(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"万一", "三五", "abc", "百"})
    void refusesWhatIsNotANumber(String text) {
        assertThat(Numerals.parse(text)).isNull();
    }
}
