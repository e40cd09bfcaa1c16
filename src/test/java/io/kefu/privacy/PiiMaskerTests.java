package io.kefu.privacy;

import static org.assertj.core.api.Assertions.assertThat;

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
}
