package io.kefu.dialogue.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Product;
import io.kefu.dialogue.Reply;

/**
 * "沐光面霜30ml和50ml有什么区别", "compare the first and the second": two products side by side, their
 * prices and stock and the values of the attributes both state, the differing ones first; each
 * product card gives as its reason what sets it apart. The two are the products the message names,
 * else the one it names and the one talked about, else the first two of the last listing.
 */
@Component
class ProductComparison {

    private static final Pattern COMPARE = Pattern.compile("对比|比较|比一比|比一下|区别|差别|差异|有什么不同|有啥不同|哪个好|哪个更|哪款好|哪款更"
            + "|\\bcompare\\b|\\bcomparison\\b|\\bdifference\\b|\\bvs\\.?\\b|\\bversus\\b|which (?:one )?is better");
    /** How many shared attributes the reply lists, the differing ones first. */
    private static final int ROWS = 6;

    private final AttributeLabels labels;
    private final Phrases phrases;

    ProductComparison(AttributeLabels labels, Phrases phrases) {
        this.labels = labels;
        this.phrases = phrases;
    }

    /** Whether the message asks to compare products. */
    static boolean asksToCompare(String text) {
        return COMPARE.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** The two products the message compares, if it asks to compare and two can be told. */
    Optional<Answer> compare(Ask ask, List<Product> products) {
        if (!asksToCompare(ask.text())) {
            return Optional.empty();
        }
        Set<String> two = new LinkedHashSet<>(ProductMentions.skus(ask.entities()));
        if (two.size() < 2 && ask.memory().sku() != null) {
            two.add(ask.memory().sku());
        }
        boolean namesOtherThings = ask.entities().containsKey("category") || ask.entities().containsKey("brand");
        if (two.size() < 2 && !namesOtherThings) {
            // "这两个有什么区别" after a listing: its first two
            two.addAll(ask.memory().shown());
        }
        List<Product> compared = two.stream().flatMap(sku -> ProductAnswerer.find(sku, products).stream()).limit(2).toList();
        return compared.size() == 2 ? Optional.of(sideBySide(compared.get(0), compared.get(1), ask.language())) : Optional.empty();
    }

    private Answer sideBySide(Product a, Product b, String language) {
        boolean english = "en".equals(language);
        List<String> differing = new ArrayList<>();
        List<String> same = new ArrayList<>();
        for (String key : a.attributes().keySet()) {
            if (!b.attributes().containsKey(key)) {
                continue;
            }
            Object first = a.attributes().get(key);
            Object second = b.attributes().get(key);
            if (Objects.equals(String.valueOf(first), String.valueOf(second))) {
                same.add(labels.fact(key, first, language));
            }
            else {
                differing.add(labels.label(key, language) + (english ? ": " : "：") + first + " / " + second);
            }
        }
        List<String> rows = new ArrayList<>(differing);
        rows.addAll(same);
        String separator = english ? "; " : "；";
        String text = phrases.say("product.compared", language, Map.of("a", a.name(), "b", b.name(), "priceA", ProductAnswerer.price(a),
                "priceB", ProductAnswerer.price(b), "stockA", stock(a, language), "stockB", stock(b, language),
                "rows", String.join(separator, rows.stream().limit(ROWS).toList())));
        Reply reply = new Reply(text, List.of(), List.of(new Reply.Source("product", a.sku()), new Reply.Source("product", b.sku())),
                List.of(card(a, b, language), card(b, a, language)));
        return Answer.specific(reply, state -> state.remember(state.memory().withListing(List.of(a.sku(), b.sku()), null)));
    }

    /** The product's card; its reason is what it has that the other does not (its own values of the attributes they differ in). */
    private Reply.Card card(Product product, Product other, String language) {
        List<String> own = new ArrayList<>();
        product.attributes().forEach((key, value) -> {
            if (other.attributes().containsKey(key) && !String.valueOf(value).equals(String.valueOf(other.attributes().get(key)))) {
                own.add(labels.fact(key, value, language));
            }
        });
        String reason = own.isEmpty() ? labels.fact("price", ProductAnswerer.price(product), language)
                : String.join("en".equals(language) ? "; " : "；", own.stream().limit(2).toList());
        return new Reply.Card("product", ProductAnswerer.card(product), reason);
    }

    private String stock(Product p, String language) {
        return p.inStock() ? phrases.say("product.inStock", language) : phrases.say("product.outOfStock", language);
    }
}
