package io.kefu.nlu.internal.entities;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds attribute constraints said in words: colours ("深蓝色", "navy blue"), waterproofing ("防水",
 * "不需要防水", "IP68", "water-resistant"), fast charging ("快充"), battery life ("续航长", "long battery
 * life"), lightness ("轻薄"), capacity ("大容量"), memory ("大内存") and noise cancelling ("降噪",
 * "ANC"). Qualitative wishes are strings the recommender can rank by ({@code "long"}, {@code "light"},
 * {@code "large"}); yes/no features are booleans. Finally any attribute value the catalog itself uses
 * ("雅川青", "Titanium") is taken under its catalog key.
 */
final class AttributeWordRule implements EntityRule {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    /**
     * @param triggers characters one of which the message must hold for the pattern to be worth running;
     *                 null for English patterns, which need Latin letters
     */
    private record Lexeme(AttributeConcept concept, String triggers, Pattern pattern, Function<MatchResult, Object> value) {

        boolean mayMatch(MessageText text) {
            return triggers == null ? text.hasLatin() : text.containsAny(triggers);
        }

        /** Chinese patterns begin with one of their first characters, English ones at a word. */
        MatchStart start() {
            return MatchStart.keyword(triggers == null ? "" : FIRST_CHARS.get(concept));
        }
    }

    private static final Map<AttributeConcept, String> FIRST_CHARS = Map.of(
            AttributeConcept.COLOR, "深浅亮暗天宝藏湖墨雾午星远玫香石冰薄樱珊酒红黑白蓝绿黄紫粉灰金银橙棕青米咖卡",
            AttributeConcept.WATERPROOF, "不无防",
            AttributeConcept.FAST_CHARGE, "超快闪",
            AttributeConcept.BATTERY, "续电待超长大耐",
            AttributeConcept.WEIGHT, "轻很重不",
            AttributeConcept.MEMORY, "大内运",
            AttributeConcept.STORAGE, "大存",
            AttributeConcept.CAPACITY, "大容",
            AttributeConcept.NOISE_CANCELLING, "主降");

    private static final Lexeme[] LEXICON = {
        new Lexeme(AttributeConcept.COLOR, "色", Pattern.compile("(?:深|浅|亮|暗|天|宝|藏|湖|墨|雾|午夜|星光|远峰|玫瑰|香槟|石墨|冰|薄荷|樱花|珊瑚|酒)?"
                + "(?:红|黑|白|蓝|绿|黄|紫|粉|灰|金|银|橙|棕|青|米|咖啡|卡其)色"), MatchResult::group),
        new Lexeme(AttributeConcept.COLOR, null, Pattern.compile("\\b(?:(?:dark|light|navy|sky|rose|space|midnight|pale|bright|royal)\\s+)?"
                + "(?:red|black|white|blue|green|yellow|purple|pink|gr[ae]y|gold|silver|orange|brown|navy|beige|khaki)\\b"
                + "(?!\\s+friday)", FLAGS), m -> m.group().toLowerCase(Locale.ROOT)),
        new Lexeme(AttributeConcept.WATERPROOF, null, Pattern.compile("\\bip\\s?[x\\d]\\d\\b", FLAGS),
                m -> m.group().toUpperCase(Locale.ROOT).replace(" ", "")),
        new Lexeme(AttributeConcept.WATERPROOF, "防", Pattern.compile("(不要|不需要|不用|无需|不是|不)?\\s*防水"), m -> m.group(1) == null),
        new Lexeme(AttributeConcept.WATERPROOF, null, Pattern.compile("\\b(not\\s+|non-?|no\\s+need\\s+(?:for\\s+|to\\s+be\\s+)?)?"
                + "(?:waterproof|water[\\s-]?resistant|water[\\s-]?resistance)\\b", FLAGS), m -> m.group(1) == null),
        new Lexeme(AttributeConcept.FAST_CHARGE, "充", Pattern.compile("超级快充|快充|闪充|快速充电"), m -> true),
        new Lexeme(AttributeConcept.FAST_CHARGE, null, Pattern.compile("\\b(?:fast|quick|rapid|super)[\\s-]?charg(?:e|ing|er)\\b", FLAGS), m -> true),
        new Lexeme(AttributeConcept.BATTERY, "续电待", Pattern.compile("(?:续航|电池|待机)(?:时间)?(?:要|能|得|比较|很|更|特别|超|够)?(?:长|久|强|好|给力|耐用|大|持久)"
                + "|超长续航|长续航|大电池|耐用电池|电池耐用|大容量电池"), m -> "long"),
        new Lexeme(AttributeConcept.BATTERY, null, Pattern.compile("\\b(?:long|longer|good|great|best|all[\\s-]day|long[\\s-]lasting|big)\\s+battery"
                + "(?:\\s+life)?\\b|\\bbattery\\s+(?:life\\s+)?(?:that\\s+)?lasts?\\b", FLAGS), m -> "long"),
        new Lexeme(AttributeConcept.WEIGHT, "轻重", Pattern.compile("轻薄|轻便|轻巧|轻盈|很轻|重量轻|不重"), m -> "light"),
        new Lexeme(AttributeConcept.WEIGHT, null, Pattern.compile("\\b(?:lightweight|light[\\s-]weight|thin and light|ultra[\\s-]?light)\\b", FLAGS),
                m -> "light"),
        new Lexeme(AttributeConcept.MEMORY, "存", Pattern.compile("大内存|内存大|运存大|大运存"), m -> "large"),
        new Lexeme(AttributeConcept.MEMORY, null, Pattern.compile("\\b(?:more|lots of|large|big)\\s+(?:ram|memory)\\b", FLAGS), m -> "large"),
        new Lexeme(AttributeConcept.STORAGE, "存", Pattern.compile("大存储|存储大|存储空间大"), m -> "large"),
        new Lexeme(AttributeConcept.CAPACITY, "容", Pattern.compile("大容量|容量大"), m -> "large"),
        new Lexeme(AttributeConcept.CAPACITY, null, Pattern.compile("\\b(?:large|big|high)[\\s-]capacity\\b", FLAGS), m -> "large"),
        new Lexeme(AttributeConcept.NOISE_CANCELLING, "噪", Pattern.compile("主动降噪|降噪"), m -> true),
        new Lexeme(AttributeConcept.NOISE_CANCELLING, null, Pattern.compile("\\b(?:noise[\\s-]cancel(?:l)?(?:ing|ation)|anc)\\b", FLAGS), m -> true),
    };

    private final Supplier<CatalogIndex> catalog;

    AttributeWordRule(Supplier<CatalogIndex> catalog) {
        this.catalog = catalog;
    }

    @Override
    public void apply(MessageText text, FoundEntities found) {
        CatalogIndex index = catalog.get();
        for (Lexeme lexeme : LEXICON) {
            if (!lexeme.mayMatch(text)) {
                continue;
            }
            text.claimMatchesAt(lexeme.pattern(), lexeme.start(), m -> {
                Object value = lexeme.value().apply(m);
                found.putAttribute(index.keyFor(lexeme.concept(), value), value);
                return true;
            });
        }
        if (!index.attributeValues.isEmpty()) {
            String lower = text.remaining().toLowerCase(Locale.ROOT);
            for (PhraseIndex.Found<Map.Entry<String, Object>> value : index.attributeValues.findIn(lower)) {
                found.putAttribute(value.value().getKey(), value.value().getValue());
            }
        }
    }
}
