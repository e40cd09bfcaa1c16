package io.kefu.dialogue.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words every shopping request is made of ("你们有没有…卖吗", "do you sell any …"), told apart
 * from what the request is for. Closed-class words of the two languages, not of any store: what is
 * left over is the thing asked for.
 */
final class RequestWords {

    private static final List<String> CHINESE = List.of("有没有", "有吗", "有卖", "能不能", "可不可以", "你们", "你家", "我们", "我想", "想要", "想买",
            "需要", "推荐", "一下", "一个", "一款", "一些", "东西", "商品", "产品", "什么", "哪个", "哪些", "请问", "可以", "适合", "好用", "卖",
            "买", "找", "要", "的", "吗", "呢", "啊", "吧", "呀", "了", "有", "个", "款", "点", "些", "没", "不", "是", "这", "那", "店", "里");
    private static final Set<String> ENGLISH = Set.of("do", "does", "you", "your", "sell", "have", "has", "any", "a", "an", "the", "i", "im",
            "want", "need", "looking", "look", "for", "buy", "recommend", "something", "some", "product", "products", "item", "items", "stuff",
            "can", "get", "is", "are", "there", "in", "store", "shop", "of", "to", "me", "please", "what", "which", "good", "best", "show",
            "find", "carry", "stock", "available", "got", "we");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    private RequestWords() {
    }

    /**
     * "do you stock …" asks whether the store has a kind of thing; "is it in stock" asks how many are left
     * of one, "你们家卖的…" is about the things sold, "卖得最好" about how well they sell and "怎么卖" about the price.
     */
    private static final Pattern AVAILABILITY = Pattern.compile("(?<!怎么)卖(?![的得])|\\bsell\\b|\\bcarry\\b|(?<!\\bin )\\bstock\\b");
    private static final Pattern PRICE = Pattern.compile("多少钱|价格|价钱|售价|几块|多少元|\\bprice\\b|\\bcost\\b|how much");
    private static final Pattern CLAUSE_END = Pattern.compile("[，,。!！?？;；]+|(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");
    /** The thing of a "do you sell" question is a word or two, not a story. */
    private static final int MAX_THING = 6;

    /**
     * The thing a "do you sell X" question asks for, as its last word ("婴儿床" → "床"... its last two
     * characters, "car seats" → "seats"); empty when the message asks no such question.
     */
    static java.util.Optional<String> askedForHead(String request) {
        String lower = request.toLowerCase(Locale.ROOT);
        // "小鹿奶瓶卖多少钱", "how much do you sell it for": the price of a thing sold, not whether it is
        if (!AVAILABILITY.matcher(lower).find() || asksPrice(lower)) {
            return java.util.Optional.empty();
        }
        return thing(request).map(thing -> HAN.matcher(thing).find() ? thing.substring(thing.length() - 2)
                : lastWord(thing).map(word -> word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word).orElse(thing));
    }

    /**
     * What a request asks for, its request words taken away: "那吸奶器呢" → "吸奶器", "do you sell car
     * seats" → "car seats". Empty when nothing is left, or more than a word or two (a story, not a thing).
     */
    static java.util.Optional<String> thing(String request) {
        String rest = availabilityClause(request).toLowerCase(Locale.ROOT);
        for (String word : CHINESE) {
            rest = rest.replace(word, " ");
        }
        var han = Pattern.compile("\\p{IsHan}{2,}").matcher(rest);
        String lastHan = null;
        while (han.find()) {
            lastHan = han.group();
        }
        if (lastHan != null) {
            return lastHan.length() > MAX_THING ? java.util.Optional.empty() : java.util.Optional.of(lastHan);
        }
        List<String> words = WORD.matcher(rest).results().map(m -> m.group()).filter(word -> word.length() > 2 && !ENGLISH.contains(word)).toList();
        return words.isEmpty() || words.size() > 3 ? java.util.Optional.empty() : java.util.Optional.of(String.join(" ", words));
    }

    /** Whether the message asks a price ("多少钱", "how much"); {@code question} in lower case. */
    static boolean asksPrice(String question) {
        return PRICE.matcher(question).find();
    }

    /**
     * The clause of the request that asks whether the store sells something ("你们卖皮划艇吗" of "你们卖皮划艇吗
     * 想买个双人的"): what the other clauses add ("双人") tells of the thing, it is not the thing. The whole
     * request when no clause asks so. Clauses end at punctuation, and in Chinese at a space too.
     */
    private static String availabilityClause(String request) {
        for (String clause : CLAUSE_END.split(request)) {
            if (AVAILABILITY.matcher(clause.toLowerCase(Locale.ROOT)).find()) {
                return clause;
            }
        }
        return request;
    }

    private static java.util.Optional<String> lastWord(String thing) {
        String[] words = thing.split(" ");
        return words.length == 0 ? java.util.Optional.empty() : java.util.Optional.of(words[words.length - 1]);
    }

    /** Whether the request names a thing (two Chinese characters, or an English word, beyond the words every request uses). */
    static boolean namesSomething(String request) {
        String rest = request.toLowerCase(Locale.ROOT);
        for (String word : CHINESE) {
            rest = rest.replace(word, " ");
        }
        if (HAN.matcher(rest).results().count() >= 2) {
            return true;
        }
        return WORD.matcher(rest).results().map(m -> m.group()).anyMatch(word -> word.length() > 2 && !ENGLISH.contains(word));
    }
}
