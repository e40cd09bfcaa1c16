package io.kefu.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PiiMaskerTests {

    @Test
    void masksMobileNumbersKeepingPrefixAndLastFour() {
        assertThat(PiiMasker.mask("我的手机13812345678，备用 +86 139-8765-4321"))
            .isEqualTo("我的手机138****5678，备用 139****4321");
    }

    @Test
    void masksIdCardNumbersOnlyWhenTheCheckDigitIsRight() {
        assertThat(PiiMasker.mask("身份证11010519491231002X")).isEqualTo("身份证110***********002X");
        assertThat(PiiMasker.mask("编号110105194912310021")).isEqualTo("编号110105194912310021");
    }

    @Test
    void masksBankCardsThatPassLuhn() {
        assertThat(PiiMasker.mask("卡号 6222 0212 3456 7894")).isEqualTo("卡号 6222********7894");
        assertThat(PiiMasker.mask("card 4111111111111111")).isEqualTo("card 4111********1111");
    }

    @Test
    void leavesOrderNumbersAndOtherDigitsAlone() {
        assertThat(PiiMasker.mask("订单 KF20261120001 和 2026112012345679 金额 2999")).isEqualTo("订单 KF20261120001 和 2026112012345679 金额 2999");
    }

    @Test
    void masksEmailAddresses() {
        assertThat(PiiMasker.mask("mail me at alice.wang@example.com please")).isEqualTo("mail me at a***@example.com please");
    }

    @Test
    void keepsNullAndEmpty() {
        assertThat(PiiMasker.mask(null)).isNull();
        assertThat(PiiMasker.mask("")).isEmpty();
    }

    /** The formats that escaped masking: full-width, Chinese numerals, other separators, landlines. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            手机１３９１２３４５６７８谢谢              | 手机139****5678谢谢
            电话 139.1234.5678                       | 电话 139****5678
            电话 139 1234 5678                       | 电话 139****5678
            手机号一三九一二三四五六七八              | 手机号139****5678
            手机 幺三九 幺二三四 五六七八            | 手机 139****5678
            电话一三九一二三四五六七八，尽快         | 电话139****5678，尽快
            ＋８６ １３９－１２３４－５６７８        | 139****5678
            身份证 110105 19491231 002X              | 身份证 110***********002X
            身份证110105-19491231-002x               | 身份证110***********002X
            身份证１１０１０５１９４９１２３１００２Ｘ | 身份证110***********002X
            卡号6222.0212.3456.7894                  | 卡号6222********7894
            卡号 ６２２２ ０２１２ ３４５６ ７８９４  | 卡号 6222********7894
            卡号6222-0212-3456-7894                  | 卡号6222********7894
            邮箱alice＠example．com                  | 邮箱a***@example.com
            邮箱 张三的是 wang@例子.中国谢谢          | 邮箱 张三的是 w***@例子.中国谢谢
            邮箱 bob@公司.cn                          | 邮箱 b***@公司.cn
            write to bob [at] example.com            | write to b***@example.com
            write to bob (at) example (dot) com now  | write to b***@example.com now
            write to bob at example dot com          | write to b***@example.com
            发到alice@qq。com。谢谢                  | 发到a***@qq.com。谢谢
            座机010-12345678                          | 座机010-****5678
            座机 0755 8888 6666                      | 座机 0755-****6666
            座机(021)61234567                         | 座机021-****4567
            座机 +86 10 8765 4321                    | 座机 010-****4321
            """)
    void masksTheFormatsPeopleActuallyType(String typed, String stored) {
        assertThat(PiiMasker.mask(typed)).isEqualTo(stored);
    }

    /** What the bot and the agents need stays readable. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            顺丰单号SF1428360917524
            订单202611170031到哪了
            订单号 2026112012345679 和 KF20261120001
            一共3件，订单202611170031一共多少钱
            价格 ¥1399.00，原价2999元，满99包邮
            2026-11-20 下单，2026年11月20日发货，20:00前
            SKU-1001 和 P30-PRO-256 和 PHONE-13812
            客服热线 400-820-8820 或 4008208820 或 800-810-8888
            看看 example.com 上的说明
            look at example.com for details
            我买了一二三四五个
            申通单号 773012345678901
            尺码 36 37 38 39 40 41
            """)
    void leavesWhatTheBotNeedsReadable(String text) {
        assertThat(PiiMasker.mask(text)).isEqualTo(text);
    }

    @Test
    void maskingTwiceChangesNothingMore() {
        String once = PiiMasker.mask("手机１３９１２３４５６７８ 身份证 110105 19491231 002X 卡号6222.0212.3456.7894 bob [at] example.com 010-12345678");
        assertThat(PiiMasker.mask(once)).isEqualTo(once);
    }

    @Test
    void masksEveryStringOfAJsonDocumentAndLeavesItsNumbersAlone() {
        String json = "{\"recentQuestions\":[\"电话13812345678\"],\"lastReply\":\"卡号6222021234567894\",\"reference\":6222021234567894,"
                + "\"slots\":{\"mail\":\"bob@example.com\"},\"fallbacks\":1}";
        assertThat(PiiMasker.maskJson(json)).isEqualTo("{\"recentQuestions\":[\"电话138****5678\"],\"lastReply\":\"卡号6222********7894\","
                + "\"reference\":6222021234567894,\"slots\":{\"mail\":\"b***@example.com\"},\"fallbacks\":1}");
        assertThat(PiiMasker.maskJson(null)).isNull();
    }

    @Test
    void keepsIdentifiersThatOnlyLookLikePhoneNumbersSoTheyStillFindTheirRecords() {
        String json = "{\"id\":\"95fbbe90-c662-4e06-a2b1-16512344654f\",\"orderId\":\"13812345678\","
                + "\"orderIds\":[\"13912345678\"],\"text\":\"电话13812345678\"}";
        assertThat(PiiMasker.maskJson(json)).isEqualTo("{\"id\":\"95fbbe90-c662-4e06-a2b1-16512344654f\",\"orderId\":\"13812345678\","
                + "\"orderIds\":[\"13912345678\"],\"text\":\"电话138****5678\"}");
    }

    @Test
    void tellsWhetherATextHoldsPersonalData() {
        assertThat(PiiMasker.holdsPii("北京市朝阳区 张三 13812345678")).isTrue();
        assertThat(PiiMasker.holdsPii("北京市朝阳区望京街道 6 号院")).isFalse();
        assertThat(PiiMasker.holdsPii(null)).isFalse();
    }
}
