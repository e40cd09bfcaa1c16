package io.kefu.nlu.internal.entities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Resolves dates said relative to today: "昨天", "前天", "三天前", "上周三", "周五", "yesterday",
 * "2 days ago", "last Monday", "next Friday".
 *
 * <p>Weeks start on Monday. "上周三" is the Wednesday of the previous calendar week, as Chinese
 * means it. English "last Monday" is read the way shoppers use it, the most recent Monday before
 * today; "next Friday" is the Friday of next week; a bare weekday ("周五", "on Friday") is that day
 * of the current week, which is right for both "I ordered on Monday" and "will it come by Friday".
 */
final class RelativeDateRule implements EntityRule {

    private static final Map<String, Integer> DAY_WORDS_ZH = Map.ofEntries(Map.entry("大前天", -3),
            Map.entry("前天", -2), Map.entry("昨天", -1), Map.entry("昨日", -1), Map.entry("昨儿", -1),
            Map.entry("今天", 0), Map.entry("今日", 0), Map.entry("今儿", 0), Map.entry("明天", 1),
            Map.entry("明日", 1), Map.entry("明儿", 1), Map.entry("后天", 2), Map.entry("大后天", 3));

    private static final Pattern DAY_WORD_ZH = Pattern.compile("大前天|大后天|前天|昨天|昨日|昨儿|今天|今日|今儿|明天|明日|明儿|后天");

    private static final Pattern DAYS_AWAY_ZH = Pattern.compile(
            "(" + Numerals.NUMBER + ")\\s*(天|日|周|星期|个?礼拜|个月)\\s*(?:以|之)?(前|后)");

    private static final Pattern WEEKDAY_ZH = Pattern.compile("(上上|上|这|本|下下|下)?\\s*个?\\s*(?:周|星期|礼拜)\\s*([一二三四五六日天1-7])");

    private static final Pattern DAY_WORD_EN = Pattern.compile(
            "\\b(the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern DAYS_AWAY_EN = Pattern.compile("\\b(?:(\\d{1,3}|" + Numerals.ENGLISH_WORD
            + ")\\s+(days?|weeks?|months?)\\s+ago|in\\s+(\\d{1,3}|" + Numerals.ENGLISH_WORD
            + ")\\s+(days?|weeks?|months?))\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern WEEKDAY_EN = Pattern.compile(
            "\\b(?:(last|this|next|coming|past)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final String WEEKDAY_DIGITS_ZH = "一二三四五六日";

    private final Supplier<LocalDate> today;

    RelativeDateRule(Supplier<LocalDate> today) {
        this.today = today;
    }

    @Override
    public void apply(MessageText text, FoundEntities found) {
        LocalDate now = today.get();
        if (text.containsAny("昨今明前后")) {
            text.claimMatchesAt(DAY_WORD_ZH, MatchStart.keyword("大前昨今明后"), m -> put(found, m, now.plusDays(DAY_WORDS_ZH.get(m.group()))));
            claimDaysAwayZh(text, found, now);
        }
        if (text.containsAny("周期拜")) {
            claimWeekdayZh(text, found, now);
        }
        if (text.hasLatin()) {
            claimEnglish(text, found, now);
        }
    }

    private static void claimDaysAwayZh(MessageText text, FoundEntities found, LocalDate now) {
        text.claimMatchesAt(DAYS_AWAY_ZH, MatchStart.NUMBER, m -> {
            Integer n = Numerals.parseInt(m.group(1));
            if (n == null || n > 3660) {
                return false;
            }
            int amount = m.group(3).equals("前") ? -n : n;
            String unit = m.group(2);
            return put(found, m, unit.equals("个月") ? now.plusMonths(amount)
                    : unit.equals("天") || unit.equals("日") ? now.plusDays(amount) : now.plusWeeks(amount));
        });
    }

    private static void claimWeekdayZh(MessageText text, FoundEntities found, LocalDate now) {
        text.claimMatchesAt(WEEKDAY_ZH, MatchStart.keyword("上这本下周星礼"), m -> {
            String week = m.group(1) == null ? "" : m.group(1);
            int weeks = switch (week) {
                case "上上" -> -2;
                case "上" -> -1;
                case "下" -> 1;
                case "下下" -> 2;
                default -> 0;
            };
            return put(found, m, inWeek(now, weeks, weekdayZh(m.group(2))));
        });
    }

    private static void claimEnglish(MessageText text, FoundEntities found, LocalDate now) {
        text.claimMatchesAt(DAY_WORD_EN, MatchStart.keyword(""), m -> put(found, m, now.plusDays(switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "the day before yesterday" -> -2;
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            case "the day after tomorrow" -> 2;
            default -> 0;
        })));
        text.claimMatchesAt(DAYS_AWAY_EN, MatchStart.keyword("0123456789"), m -> {
            boolean ago = m.group(1) != null;
            Integer n = Numerals.parseInt(ago ? m.group(1) : m.group(3));
            if (n == null) {
                return false;
            }
            String unit = (ago ? m.group(2) : m.group(4)).toLowerCase(Locale.ROOT);
            int amount = ago ? -n : n;
            return put(found, m, unit.startsWith("day") ? now.plusDays(amount)
                    : unit.startsWith("week") ? now.plusWeeks(amount) : now.plusMonths(amount));
        });
        text.claimMatchesAt(WEEKDAY_EN, MatchStart.keyword(""), m -> {
            DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String which = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            LocalDate date = switch (which) {
                case "last", "past" -> now.with(TemporalAdjusters.previous(day));
                case "next" -> inWeek(now, 1, day);
                case "coming" -> now.with(TemporalAdjusters.next(day));
                default -> inWeek(now, 0, day);
            };
            return put(found, m, date);
        });
    }

    private static DayOfWeek weekdayZh(String day) {
        int index = WEEKDAY_DIGITS_ZH.indexOf(day);
        if (index >= 0) {
            return DayOfWeek.of(index + 1);
        }
        return day.equals("天") ? DayOfWeek.SUNDAY : DayOfWeek.of(Integer.parseInt(day));
    }

    private static LocalDate inWeek(LocalDate today, int weeks, DayOfWeek day) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks).plusDays(day.ordinal());
    }

    private static boolean put(FoundEntities found, MatchResult match, LocalDate date) {
        found.put(EntityKinds.DATE, date.toString(), match.start());
        return true;
    }
}
