package io.kefu.outreach;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.kefu.platform.Problem;

/**
 * The merchant's proactive rules. Every rule is off until the merchant switches it on; the limits
 * hold for all of them: the quiet hours (in the store's time zone, may span midnight) and at most
 * {@code maxPerCustomerPerDay} proactive messages to one shopper in any 24 hours. A shopper who
 * turned proactive messages off gets none.
 */
public record OutreachRules(StalledShipment stalledShipment, UnpaidOrder unpaidOrder, ServiceRecovery serviceRecovery,
        QuietHours quietHours, Integer maxPerCustomerPerDay) {

    public static final OutreachRules DEFAULTS = new OutreachRules(new StalledShipment(false, 48), new UnpaidOrder(false, 30),
            new ServiceRecovery(false, new BigDecimal("10"), new BigDecimal("500")), new QuietHours("22:00", "08:00"), 2);

    /** A shipped order whose tracking shows no new event for {@code hours}: one notice per stall. */
    public record StalledShipment(boolean enabled, int hours) {
    }

    /** An order awaiting payment for {@code minutes}: one reminder at most. */
    public record UnpaidOrder(boolean enabled, int minutes) {
    }

    /**
     * After a complaint conversation is resolved, a goodwill coupon worth {@code couponValue} (store
     * currency), as long as this calendar month's coupons stay within {@code monthlyBudget}.
     */
    public record ServiceRecovery(boolean enabled, BigDecimal couponValue, BigDecimal monthlyBudget) {
    }

    /** No proactive message from {@code start} to {@code end} ({@code HH:mm}); equal times mean none. */
    public record QuietHours(String start, String end) {

        public boolean contain(LocalTime time) {
            LocalTime from = LocalTime.parse(start);
            LocalTime to = LocalTime.parse(end);
            if (from.equals(to)) {
                return false;
            }
            return from.isBefore(to) ? !time.isBefore(from) && time.isBefore(to) : !time.isBefore(from) || time.isBefore(to);
        }
    }

    /** These rules with every part the change leaves out (null) kept. */
    public OutreachRules with(OutreachRules change) {
        return new OutreachRules(change.stalledShipment != null ? change.stalledShipment : stalledShipment,
                change.unpaidOrder != null ? change.unpaidOrder : unpaidOrder,
                change.serviceRecovery != null ? change.serviceRecovery : serviceRecovery,
                change.quietHours != null ? change.quietHours : quietHours,
                change.maxPerCustomerPerDay != null ? change.maxPerCustomerPerDay : maxPerCustomerPerDay);
    }

    /** What is wrong with these (complete) rules, by field; empty when they are valid. */
    public List<Problem.FieldError> errors() {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (stalledShipment.hours < 1 || stalledShipment.hours > 24 * 30) {
            errors.add(new Problem.FieldError("stalledShipment.hours", "must be between 1 and 720"));
        }
        if (unpaidOrder.minutes < 1 || unpaidOrder.minutes > 60 * 24) {
            errors.add(new Problem.FieldError("unpaidOrder.minutes", "must be between 1 and 1440"));
        }
        if (serviceRecovery.couponValue == null || serviceRecovery.couponValue.signum() <= 0 || serviceRecovery.couponValue.scale() > 2) {
            errors.add(new Problem.FieldError("serviceRecovery.couponValue", "must be a positive amount with at most two decimals"));
        }
        if (serviceRecovery.monthlyBudget == null || serviceRecovery.monthlyBudget.signum() < 0 || serviceRecovery.monthlyBudget.scale() > 2) {
            errors.add(new Problem.FieldError("serviceRecovery.monthlyBudget", "must be zero or a positive amount with at most two decimals"));
        }
        checkTime(errors, "quietHours.start", quietHours.start);
        checkTime(errors, "quietHours.end", quietHours.end);
        if (maxPerCustomerPerDay < 1 || maxPerCustomerPerDay > 20) {
            errors.add(new Problem.FieldError("maxPerCustomerPerDay", "must be between 1 and 20"));
        }
        return errors;
    }

    private static void checkTime(List<Problem.FieldError> errors, String field, String value) {
        try {
            if (value == null || value.length() != 5) {
                throw new DateTimeParseException("not HH:mm", String.valueOf(value), 0);
            }
            LocalTime.parse(value);
        }
        catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "must be a time as HH:mm"));
        }
    }
}
