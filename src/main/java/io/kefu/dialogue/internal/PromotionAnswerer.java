package io.kefu.dialogue.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Product;
import io.kefu.commerce.ProductCatalog;
import io.kefu.commerce.Promotion;
import io.kefu.commerce.PromotionBoard;
import io.kefu.commerce.StoreSettings;
import io.kefu.commerce.StoreSettingsService;
import io.kefu.dialogue.Reply;

/**
 * Promotions from live data. A promotion the shopper names ("还有国庆那个8折吗") is looked up among
 * all of them, so one that has ended is said to have ended and one to come is said to come; a
 * product named or talked about gets the promotions (discounts, gifts) that apply to it; otherwise
 * the promotions running now. Never offers an expired or future promotion as running.
 */
@Component
class PromotionAnswerer implements Answerer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final int LISTED = 5;
    /** Share of a promotion's title a message must use to name it. */
    private static final double NAMES_IT = 0.4;

    private final PromotionBoard promotions;
    private final ProductCatalog catalog;
    private final ProductAnswerer products;
    private final StoreSettingsService settings;
    private final Phrases phrases;

    PromotionAnswerer(PromotionBoard promotions, ProductCatalog catalog, ProductAnswerer products, StoreSettingsService settings,
            Phrases phrases) {
        this.promotions = promotions;
        this.catalog = catalog;
        this.products = products;
        this.settings = settings;
        this.phrases = phrases;
    }

    @Override
    public String name() {
        return "promotions";
    }

    @Override
    public Answer answer(Ask ask) {
        List<Promotion> all = promotions.all();
        Optional<Promotion> named = named(ask.text(), all);
        if (named.isPresent()) {
            return about(named.get(), ask);
        }
        Optional<Product> product = products.productMeant(ask, catalog.snapshot().products());
        if (product.isPresent()) {
            return forProduct(product.get(), all, ask);
        }
        return running(ask);
    }

    /** Whether the message names one of the store's promotions, running or not ("双十二那个活动"). */
    boolean names(String text) {
        return named(text, promotions.all()).isPresent();
    }

    /** The promotion whose title the message uses most of, if it uses enough of it and no other does as much. */
    static Optional<Promotion> named(String text, List<Promotion> all) {
        Set<String> asked = ProductRelevance.units(text.toLowerCase(Locale.ROOT));
        Map<String, Integer> df = new HashMap<>();
        all.forEach(p -> ProductRelevance.units(p.title().toLowerCase(Locale.ROOT)).forEach(u -> df.merge(u, 1, Integer::sum)));
        Promotion best = null;
        double bestShare = 0;
        boolean tie = false;
        for (Promotion promotion : all) {
            Set<String> title = ProductRelevance.units(promotion.title().toLowerCase(Locale.ROOT));
            double total = title.stream().mapToDouble(u -> weight(df, u, all.size())).sum();
            double used = title.stream().filter(asked::contains).mapToDouble(u -> weight(df, u, all.size())).sum();
            double share = total == 0 ? 0 : used / total;
            if (share > bestShare) {
                best = promotion;
                bestShare = share;
                tie = false;
            }
            else if (share == bestShare && share > 0) {
                tie = true;
            }
        }
        return bestShare >= NAMES_IT && !tie ? Optional.of(best) : Optional.empty();
    }

    private static double weight(Map<String, Integer> df, String unit, int promotions) {
        return Math.log(1 + (double) promotions / df.getOrDefault(unit, 1));
    }

    private Answer about(Promotion promotion, Ask ask) {
        String key = promotion.isActiveAt(ask.now()) ? "promotion.running" : ask.now().isBefore(promotion.startsAt()) ? "promotion.future"
                : "promotion.ended";
        Reply reply = new Reply(say(key, promotion, ask), List.of(), List.of(new Reply.Source("promotion", promotion.id())), List.of());
        if (!"promotion.running".equals(key)) {
            Answer running = running(ask);
            if (!running.replies().isEmpty() && !running.replies().getFirst().sources().isEmpty()
                    && "promotion".equals(running.replies().getFirst().sources().getFirst().type())) {
                Reply list = running.replies().getFirst();
                reply = new Reply(reply.text() + list.text(), List.of(), concat(reply.sources(), list.sources()), List.of());
            }
        }
        // a promotion on one product makes that product the one talked about ("它得预留多宽的柜子")
        return Answer.specific(reply, state -> state.remember(promotion.skus().size() == 1
                ? state.memory().withProduct(promotion.skus().getFirst()).withPromotion(promotion.id())
                : state.memory().withPromotion(promotion.id())));
    }

    /**
     * What applies to the product now, and the next promotion meant for it in particular that has not
     * started yet ("那春节礼盒会打折吗": not yet, from 01-05), so a shopper may wait for it.
     */
    private Answer forProduct(Product product, List<Promotion> all, Ask ask) {
        List<Promotion> applying = all.stream().filter(p -> p.isActiveAt(ask.now()))
            .filter(p -> isFor(p, product) || p.skus().isEmpty() && p.categories().isEmpty())
            .limit(LISTED).toList();
        Optional<Promotion> coming = all.stream().filter(p -> ask.now().isBefore(p.startsAt()) && isFor(p, product))
            .min(java.util.Comparator.comparing(Promotion::startsAt));
        List<Reply.Source> sources = concat(concat(List.of(new Reply.Source("product", product.sku())),
                applying.stream().map(p -> new Reply.Source("promotion", p.id())).toList()),
                coming.map(p -> List.of(new Reply.Source("promotion", p.id()))).orElse(List.of()));
        String now = applying.isEmpty() ? phrases.say("promotion.noneForProduct", ask.language(), Map.of("name", product.name()))
                : phrases.say("promotion.forProduct", ask.language(), Map.of("name", product.name(), "list", describe(applying, ask.language())));
        String text = coming.map(p -> sentence(now, ask.language()) + say("promotion.future", p, ask)).orElse(now);
        Optional<String> remembered = applying.stream().findFirst().or(() -> coming).map(Promotion::id);
        return Answer.specific(new Reply(text, List.of(), sources, List.of()),
                state -> state.remember(remembered.map(id -> state.memory().withProduct(product.sku()).withPromotion(id))
                    .orElseGet(() -> state.memory().withProduct(product.sku()))));
    }

    private static boolean isFor(Promotion promotion, Product product) {
        return promotion.skus().contains(product.sku()) || product.category() != null && promotion.categories().contains(product.category());
    }

    private String say(String key, Promotion promotion, Ask ask) {
        StoreSettings store = settings.current();
        return phrases.say(key, ask.language(), Map.of("title", promotion.title(),
                "description", promotion.description() == null ? "" : promotion.description(),
                "from", day(promotion.startsAt(), store), "until", day(promotion.endsAt(), store)));
    }

    /** A reply ended as a sentence, so that another can follow it. */
    private static String sentence(String text, String language) {
        String trimmed = text.strip();
        boolean ended = !trimmed.isEmpty() && ".。!！?？".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
        return trimmed + (ended ? "" : language.equals("en") ? "." : "。") + (language.equals("en") ? " " : "");
    }

    private Answer running(Ask ask) {
        List<Promotion> active = promotions.activeAt(ask.now());
        StoreSettings store = settings.current();
        if (active.isEmpty()) {
            return Answer.generic(new Reply(phrases.say("promotion.none", ask.language(), Map.of("threshold", store.freeShippingThreshold().toPlainString())),
                    List.of(), List.of(new Reply.Source("policy", "freeShippingThreshold")), List.of()));
        }
        String list = active.stream().limit(LISTED)
            .map(p -> phrases.say("promotion.item", ask.language(), Map.of("title", p.title(), "until", day(p.endsAt(), store))))
            .collect(Collectors.joining(ask.language().equals("en") ? "; " : "；"));
        // the store's data, but no answer to a particular question: a merchant's FAQ entry that answers one comes first
        return Answer.generic(new Reply(phrases.say("promotion.list", ask.language(), Map.of("list", list, "threshold",
                store.freeShippingThreshold().toPlainString())), List.of(), active.stream().limit(LISTED).map(p -> new Reply.Source("promotion", p.id()))
                .toList(), List.of()));
    }

    private static String describe(List<Promotion> applying, String language) {
        return applying.stream().map(p -> p.title() + (p.description() == null || p.description().isBlank() ? "" : "：" + p.description()))
            .collect(Collectors.joining(language.equals("en") ? "; " : "；"));
    }

    private static String day(OffsetDateTime time, StoreSettings store) {
        return DAY.format(time.atZoneSameInstant(store.zone()));
    }

    private static List<Reply.Source> concat(List<Reply.Source> a, List<Reply.Source> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
