package io.kefu.nlu.internal.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderIdAndPhoneTests {

    private final EntityExtractor extractor = Fixtures.extractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            我的订单KF20261120001到哪了          | KF20261120001
            kf20261120001 怎么还没发货           | KF20261120001
            where is my order E1001?            | E1001
            E1001退款什么时候到                  | E1001
            订单号：20261115888                  | 20261115888
            order #A77881234 never arrived      | A77881234
            单号 123456789012 查一下             | 123456789012
            1234567890123456 is my order        | 1234567890123456
            """)
    void findsOrderIds(String text, String orderId) {
        assertThat(extractor.extract(text, "zh")).containsEntry("orderId", orderId);
    }

    @Test
    void takesTheMerchantFormat() {
        EntityExtractor custom = new EntityExtractor(CatalogVocabulary.EMPTY, KnownOrderIds.NONE,
                OrderIdFormat.of("JD\\d{6}", 10), Fixtures.SATURDAY);
        assertThat(custom.extract("JD123456 怎么还没到", "zh")).containsEntry("orderId", "JD123456");
        assertThat(custom.extract("JD12345 怎么还没到", "zh")).doesNotContainKey("orderId");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            我的手机号是13812345678              | 13812345678
            电话 +86 138 1234 5678               | 13812345678
            联系我 138-1234-5678 谢谢             | 13812345678
            call me at +1 415 555 0123          | +14155550123
            my number is (415) 555-0123         | 4155550123
            """)
    void findsPhones(String text, String phone) {
        assertThat(extractor.extract(text, "zh")).containsEntry("phone", phone);
    }

    @Test
    void aPhoneNumberIsNotAnOrderIdNorMoney() {
        Map<String, Object> entities = extractor.extract("手机13812345678，订单号20261115888", "zh");
        assertThat(entities).containsEntry("phone", "13812345678").containsEntry("orderId", "20261115888")
                .doesNotContainKeys("money", "quantity", "priceRange");
    }

    @Test
    void anOrderIdIsNotAlsoMoneyOrQuantityOrDate() {
        Map<String, Object> entities = extractor.extract("订单20261120001234 退款", "zh");
        assertThat(entities).containsOnlyKeys("orderId");
    }

    @Test
    void shortNumbersAndModelNamesAreNotOrderIds() {
        assertThat(extractor.extract("买了3件，花了299元", "zh")).doesNotContainKey("orderId");
        assertThat(extractor.extract("I want to order an iphone15", "en")).doesNotContainKey("orderId");
        assertThat(extractor.extract("123456789", "en")).doesNotContainKey("orderId");
    }

    @Test
    void identityAndBankCardNumbersAreNotOrderIds() {
        assertThat(extractor.extract("身份证110101199003071234", "zh")).doesNotContainKey("orderId");
        assertThat(extractor.extract("卡号6222021234567890123", "zh")).doesNotContainKey("orderId");
        assertThat(extractor.extract("my card 4111111111111111 was charged twice", "en")).doesNotContainKey("orderId");
    }

    @Test
    void elevenDigitMobileIsAPhoneEvenAfterOrderWord() {
        assertThat(extractor.extract("订单 13912345678", "zh")).containsEntry("phone", "13912345678")
                .doesNotContainKey("orderId");
    }

    @Test
    void aKnownOrderIdWinsEvenIfItLooksLikeAPhone() {
        EntityExtractor store = new EntityExtractor(CatalogVocabulary.EMPTY, "13812345678"::equals,
                OrderIdFormat.DEFAULT, Fixtures.SATURDAY);
        assertThat(store.extract("13812345678 到哪了", "zh")).containsEntry("orderId", "13812345678")
                .doesNotContainKey("phone");
    }
}
