package io.kefu.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import io.kefu.platform.Problem;

/** The rules' own logic: quiet hours across midnight or within a day, and what a change keeps. */
class OutreachRulesTests {

    @Test
    void quietHoursSpanningMidnightHoldFromTheStartUpToButNotIncludingTheEnd() {
        OutreachRules.QuietHours night = new OutreachRules.QuietHours("22:00", "08:00");
        assertThat(night.contain(LocalTime.of(21, 59))).isFalse();
        assertThat(night.contain(LocalTime.of(22, 0))).isTrue();
        assertThat(night.contain(LocalTime.of(3, 0))).isTrue();
        assertThat(night.contain(LocalTime.of(7, 59))).isTrue();
        assertThat(night.contain(LocalTime.of(8, 0))).isFalse();
    }

    @Test
    void quietHoursWithinADayAndNoneWhenStartEqualsEnd() {
        OutreachRules.QuietHours lunch = new OutreachRules.QuietHours("12:00", "13:30");
        assertThat(lunch.contain(LocalTime.of(12, 45))).isTrue();
        assertThat(lunch.contain(LocalTime.of(13, 30))).isFalse();
        assertThat(lunch.contain(LocalTime.of(23, 0))).isFalse();
        assertThat(new OutreachRules.QuietHours("00:00", "00:00").contain(LocalTime.of(3, 0))).isFalse();
    }

    @Test
    void aChangeKeepsWhatItLeavesOutAndEveryDefaultIsOffAndValid() {
        OutreachRules changed = OutreachRules.DEFAULTS.with(new OutreachRules(null, new OutreachRules.UnpaidOrder(true, 45), null, null, null));
        assertThat(changed.unpaidOrder()).isEqualTo(new OutreachRules.UnpaidOrder(true, 45));
        assertThat(changed.stalledShipment()).isEqualTo(OutreachRules.DEFAULTS.stalledShipment());
        assertThat(changed.maxPerCustomerPerDay()).isEqualTo(2);
        assertThat(OutreachRules.DEFAULTS.errors()).isEmpty();
        assertThat(OutreachRules.DEFAULTS.stalledShipment().enabled() || OutreachRules.DEFAULTS.unpaidOrder().enabled()
                || OutreachRules.DEFAULTS.serviceRecovery().enabled()).isFalse();
    }

    @Test
    void aMoneyAmountWithMoreThanTwoDecimalsIsNamed() {
        OutreachRules rules = OutreachRules.DEFAULTS.with(new OutreachRules(null, null,
                new OutreachRules.ServiceRecovery(true, new java.math.BigDecimal("9.999"), new java.math.BigDecimal("100")), null, null));
        assertThat(rules.errors()).extracting(Problem.FieldError::field).containsExactly("serviceRecovery.couponValue");
    }
}
