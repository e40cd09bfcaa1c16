package io.kefu.nlu.internal.entities;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds attribute constraints written with numbers: memory and storage ("12+256", "8G内存", "256GB",
 * "1TB"), battery ("5000mAh"), charging power ("65W快充"), screen size ("6.7寸", "55 inch") and
 * clothing or shoe sizes ("XL", "L码", "42码", "size 10"). Runs before amounts and quantities, which
 * would otherwise take these numbers.
 */
final class NumericAttributeRule implements EntityRule {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private static final Pattern MEMORY_PLUS_STORAGE = Pattern.compile(
            "(?<![\\w.+])(\\d{1,2})\\s*(?:g|gb)?\\s*\\+\\s*(\\d{2,4})\\s*(g|gb|t|tb)?(?![\\w.])", FLAGS);

    private static final Pattern MEMORY = Pattern.compile("(?:(?:运行内存|运存|内存|\\bram)\\s*(?:是|要|为|:)?\\s*(\\d{1,2})\\s*(?:g|gb)(?![a-z])"
            + "|(?<![\\w.])(\\d{1,2})\\s*(?:g|gb)\\s*(?:的)?\\s*(?:运行内存|运存|内存|ram\\b|memory\\b))", FLAGS);

    private static final Pattern STORAGE = Pattern.compile("(?<![\\w.])(\\d{1,4})\\s*(gb|g|tb|t)(?![a-z])", FLAGS);

    private static final Pattern BATTERY = Pattern.compile("(?<![\\w.])(\\d{3,5})\\s*(?:mah|毫安时?)", FLAGS);

    private static final Pattern WATTS = Pattern.compile(
            "(?<![\\w.])(\\d{2,3})\\s*(?:(?-i:W)(?![a-zA-Z])|w(?=\\s*(?:快充|闪充|充电|fast|quick|charg)))", FLAGS);

    private static final Pattern SCREEN = Pattern.compile("(?<![\\w.])(\\d{1,2}(?:\\.\\d)?)\\s*(?:英寸|寸|inch(?:es)?\\b|\")", FLAGS);

    private static final String LETTER_SIZE = "xxxl|xxl|xl|xs|xxs|[2-5]xl|s|m|l";

    private static final Pattern SIZE_AFTER_WORD = Pattern.compile("(?:尺码|码数|鞋码|(?<![密号证维形])码|穿|\\bsize)\\s*(?:是|要|为|:)?\\s*("
            + LETTER_SIZE + "|\\d{1,2}(?:\\.5)?)(?![\\w.])", FLAGS);

    private static final Pattern SIZE_BEFORE_WORD = Pattern.compile("(?<![\\w.])(" + LETTER_SIZE + "|\\d{2}(?:\\.5)?)\\s*(?:码|号(?!色))", FLAGS);

    private static final Pattern LETTER_SIZE_ALONE = Pattern.compile("(?<![a-zA-Z0-9])(xxxl|xxl|xl|xxs|[2-5]xl)(?![a-zA-Z0-9])", FLAGS);

    private static final MatchStart WORD_OR_NUMBER = (text, i) -> MatchStart.NUMBER.test(text, i)
            || MatchStart.keyword("").test(text, i);

    private final Supplier<CatalogIndex> catalog;

    NumericAttributeRule(Supplier<CatalogIndex> catalog) {
        this.catalog = catalog;
    }

    @Override
    public void apply(MessageText text, FoundEntities found) {
        CatalogIndex index = catalog.get();
        if (text.hasDigit()) {
            claimNumbers(text, found, index);
        }
        if (text.hasDigit() || text.hasLatin()) {
            text.claimMatchesAt(SIZE_AFTER_WORD, MatchStart.keyword("尺码鞋穿"), m -> size(found, index, m));
            text.claimMatchesAt(SIZE_BEFORE_WORD, WORD_OR_NUMBER, m -> size(found, index, m));
            text.claimMatchesAt(LETTER_SIZE_ALONE, WORD_OR_NUMBER, m -> size(found, index, m));
        }
    }

    private static void claimNumbers(MessageText text, FoundEntities found, CatalogIndex index) {
        text.claimMatchesAt(MEMORY_PLUS_STORAGE, MatchStart.NUMBER, m -> {
            int memory = Integer.parseInt(m.group(1));
            int storage = Integer.parseInt(m.group(2));
            if (memory > 32 || storage < 32) {
                return false;
            }
            put(found, index, AttributeConcept.MEMORY, memory + "GB");
            put(found, index, AttributeConcept.STORAGE, storage + gigaOrTera(m.group(3)));
            return true;
        });
        text.claimMatches(MEMORY, m -> put(found, index, AttributeConcept.MEMORY,
                (m.group(1) != null ? m.group(1) : m.group(2)) + "GB"));
        text.claimMatchesAt(STORAGE, MatchStart.NUMBER, m -> {
            int size = Integer.parseInt(m.group(1));
            boolean tera = m.group(2).toLowerCase(Locale.ROOT).startsWith("t");
            // "5G" is the network, not five gigabytes; phones store 16GB and more
            return (tera ? size <= 16 : size >= 16) && put(found, index, AttributeConcept.STORAGE, size + (tera ? "TB" : "GB"));
        });
        text.claimMatchesAt(BATTERY, MatchStart.NUMBER, m -> put(found, index, AttributeConcept.BATTERY, Integer.parseInt(m.group(1))));
        text.claimMatchesAt(WATTS, MatchStart.NUMBER, m -> put(found, index, AttributeConcept.FAST_CHARGE, m.group(1) + "W"));
        text.claimMatchesAt(SCREEN, MatchStart.NUMBER, m -> put(found, index, AttributeConcept.SCREEN_SIZE, Numerals.toJson(Numerals.parse(m.group(1)))));
    }

    private static boolean size(FoundEntities found, CatalogIndex index, MatchResult m) {
        return put(found, index, AttributeConcept.SIZE, m.group(1).toUpperCase(Locale.ROOT));
    }

    private static String gigaOrTera(String unit) {
        return unit != null && unit.toLowerCase(Locale.ROOT).startsWith("t") ? "TB" : "GB";
    }

    private static boolean put(FoundEntities found, CatalogIndex index, AttributeConcept concept, Object value) {
        found.putAttribute(index.keyFor(concept, value), value);
        return true;
    }
}
