package io.kefu.nlu.internal.entities;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Turns the parts of a date a shopper says into a calendar date. A date said without a year (or
 * month) is the nearest such date to today, in either direction, with the past counted at half its
 * distance because shoppers mostly talk about orders already placed: on 21 November "5号" is 5
 * November and "28号" is 28 November; "12月28日" said on 5 January is last December.
 */
final class CalendarDates {

    static final String MONTH_NAME = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private CalendarDates() {
    }

    /** The month of an English month name or abbreviation, or 0. */
    static int monthOf(String name) {
        return name.length() < 3 ? 0 : MONTHS.getOrDefault(name.substring(0, 3).toLowerCase(), 0);
    }

    /** The date, or null when it does not exist (31 February) or the year is implausible. */
    static LocalDate of(int year, int month, int day) {
        if (year < 1900 || year > 2200) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The existing date with this month and day nearest to today, or null when none exists. */
    static LocalDate nearestWithYear(int month, int day, LocalDate today) {
        LocalDate best = null;
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            best = nearer(best, of(year, month, day), today);
        }
        return best;
    }

    /** The existing date with this day of month nearest to today, or null when none exists. */
    static LocalDate nearestWithMonth(int day, LocalDate today) {
        LocalDate best = null;
        LocalDate thisMonth = today.withDayOfMonth(1);
        for (int delta = -1; delta <= 1; delta++) {
            LocalDate month = thisMonth.plusMonths(delta);
            best = nearer(best, of(month.getYear(), month.getMonthValue(), day), today);
        }
        return best;
    }

    private static double distance(LocalDate today, LocalDate date) {
        long days = ChronoUnit.DAYS.between(today, date);
        return days < 0 ? -days * 0.5 : days;
    }

    private static LocalDate nearer(LocalDate best, LocalDate candidate, LocalDate today) {
        if (candidate == null) {
            return best;
        }
        if (best == null) {
            return candidate;
        }
        return distance(today, candidate) < distance(today, best) ? candidate : best;
    }
}
