package io.kefu.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskWordsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            充电的时候插头着火了 墙都熏黑了          | true
            孩子手被烫伤了 现在在医院              | true
            用了一次就触电了                     | true
            the heater caught fire last night   | true
            my son got burned by the steam      | true
            we ended up in the emergency room   | true
            这个锅会不会烫手                     | false
            有漏电保护吗                        | false
            does it get hot when charging       | false
            is the kettle fireproof             | false
            """)
    void harmThatHappenedIsNamedInSoManyWordsAndAQuestionAboutSafetyIsNot(String text, boolean named) {
        assertThat(RiskReader.NAMED.matcher(text.toLowerCase(Locale.ROOT)).find()).isEqualTo(named);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I've been charged three times for one order  | true
            they charged me 4 times for the same basket   | true
            you charged me more than once                 | true
            同一笔订单扣了我三次钱                          | true
            银行卡被扣了好几笔                              | true
            can I pay in three installments               | false
            分三期付款可以吗                                | false
            how many times can I use the coupon           | false
            """)
    void moneyTakenMoreThanOnceIsNamedWhateverTheCount(String text, boolean named) {
        assertThat(RiskReader.NAMED.matcher(text.toLowerCase(Locale.ROOT)).find()).isEqualTo(named);
    }
}
