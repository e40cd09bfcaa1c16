package io.kefu.nlu.internal.entities;

import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds calendar dates: "2026-11-20", "2026年11月20日", "11月20日", "上个月5号", "28号", "Nov 20",
 * "20th of November", "11/20/2026" and the shopping festivals "双十一", "双12", "11.11", "6.18". Runs before amounts
 * and ranges so that "2026-11-20" is never read as a price range.
 */
final class AbsoluteDateRule implements EntityRule {

    private static final String CN_DAY = "\\d{1,2}|[一二三四五六七八九十]{1,3}";

    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?<![\\d.])(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*[日号]?(?![\\d.])");

    private static final Pattern MONTH_DAY_ZH = Pattern.compile(
            "(?<![\\d.])(" + CN_DAY + ")\\s*月\\s*(?:份\\s*)?(" + CN_DAY + ")\\s*(?:[日号]|(?![\\d.]))");

    private static final Pattern MONTH_RELATIVE_DAY_ZH = Pattern.compile("(上个?|这个?|本|下个?)月\\s*(" + CN_DAY + ")\\s*[日号]");

    /**
     * "一日三餐" and "3日内" are not dates: Chinese numerals need 号, and durations are excluded; nor
     * is "中关村大街1号", an address.
     */
    private static final Pattern DAY_ONLY_ZH = Pattern.compile(
            "(?<![\\d.月街路道巷弄村楼栋幢室区里院])(?:(\\d{1,2})\\s*[号日]|([一二三四五六七八九十]{1,3})号)"
                    + "(?![楼线门店床码房口位院栋座色])(?!\\s*(?:之|以)?[内前后])");

    private static final Pattern MONTH_NAME_DAY = Pattern.compile("\\b(" + CalendarDates.MONTH_NAME
            + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4})\\b)?", Pattern.CASE_INSENSITIVE);

    private static final Pattern DAY_MONTH_NAME = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?("
            + CalendarDates.MONTH_NAME + ")\\b\\.?(?:,?\\s*(\\d{4})\\b)?", Pattern.CASE_INSENSITIVE);

    private static final Pattern SLASHED = Pattern.compile(
            "(?<![\\d/.])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?(?![\\d/.])(?!\\s*(?:星|分|stars?|points?))");

    private static final Pattern SHOPPING_FESTIVAL = Pattern.compile(
            "双\\s*(十一|11|十二|12)|(?<![\\d.])(11\\.11|12\\.12|6\\.18)(?![\\d.])");

    private final Supplier<LocalDate> today;

    AbsoluteDateRule(Supplier<LocalDate> today) {
        this.today = today;
    }

    @Override
    public void apply(MessageText text, FoundEntities found) {
        if (!text.hasNumber()) {
            return;
        }
        LocalDate now = today.get();
        if (text.hasDigit()) {
            text.claimMatchesAt(YEAR_MONTH_DAY, MatchStart.NUMBER, m -> put(found, m, CalendarDates.of(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
        }
        if (text.hasDigit() && text.containsAny("/")) {
            text.claimMatches(SLASHED, m -> put(found, m, m.group(3) == null
                    ? CalendarDates.nearestWithYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), now)
                    : CalendarDates.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
        }
        if (text.containsAny("月")) {
            text.claimMatchesAt(MONTH_DAY_ZH, MatchStart.NUMBER, m -> put(found, m, monthDay(number(m.group(1)), number(m.group(2)), null, now)));
        }
        if (text.hasDigit() && text.hasLatin()) {
            text.claimMatches(MONTH_NAME_DAY, m -> put(found, m,
                    monthDay(CalendarDates.monthOf(m.group(1)), number(m.group(2)), m.group(3), now)));
            text.claimMatches(DAY_MONTH_NAME, m -> put(found, m,
                    monthDay(CalendarDates.monthOf(m.group(2)), number(m.group(1)), m.group(3), now)));
        }
        if (text.containsAny("双.")) {
            text.claimMatches(SHOPPING_FESTIVAL, m -> put(found, m, festival(m.group(), now)));
        }
        if (text.containsAny("月")) {
            text.claimMatches(MONTH_RELATIVE_DAY_ZH, m -> put(found, m, inRelativeMonth(m.group(1), number(m.group(2)), now)));
        }
        if (text.containsAny("号日")) {
            text.claimMatchesAt(DAY_ONLY_ZH, MatchStart.NUMBER, m -> put(found, m, CalendarDates.nearestWithMonth(
                    number(m.group(1) != null ? m.group(1) : m.group(2)), now)));
        }
    }

    private static LocalDate festival(String name, LocalDate today) {
        if (name.equals("6.18")) {
            return CalendarDates.nearestWithYear(6, 18, today);
        }
        return name.contains("十一") || name.contains("11") ? CalendarDates.nearestWithYear(11, 11, today)
                : CalendarDates.nearestWithYear(12, 12, today);
    }

    private static LocalDate monthDay(int month, int day, String year, LocalDate today) {
        if (month < 1 || month > 12 || day < 1) {
            return null;
        }
        return year == null ? CalendarDates.nearestWithYear(month, day, today)
                : CalendarDates.of(Integer.parseInt(year), month, day);
    }

    private static LocalDate inRelativeMonth(String which, int day, LocalDate today) {
        int delta = which.startsWith("上") ? -1 : which.startsWith("下") ? 1 : 0;
        LocalDate month = today.withDayOfMonth(1).plusMonths(delta);
        return CalendarDates.of(month.getYear(), month.getMonthValue(), day);
    }

    private static int number(String token) {
        Integer value = Numerals.parseInt(token);
        return value == null ? -1 : value;
    }

    private static boolean put(FoundEntities found, MatchResult match, LocalDate date) {
        if (date == null) {
            return false;
        }
        found.put(EntityKinds.DATE, date.toString(), match.start());
        return true;
    }
}
