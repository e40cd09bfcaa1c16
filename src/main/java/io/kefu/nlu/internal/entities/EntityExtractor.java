package io.kefu.nlu.internal.entities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.kefu.nlu.internal.EntityExtraction;

/**
 * Kefu's entity extraction: a fixed sequence of rules over one normalised message, most certain
 * first, each claiming the text it uses so that no digit is read twice. Identifiers come first
 * (SKU codes, known order ids, phones, then likely order ids), then dates, numeric attributes, price
 * ranges, money and quantities, and last the words: attribute wishes and catalog products.
 *
 * <p>Costs tens of microseconds of CPU for a chat-sized message and a few milliseconds for a
 * 2,000-character one (patterns are only tried where they can begin); never throws and never returns
 * null, whatever the input. The language hint is not needed: every rule
 * knows both Chinese and English, because shoppers mix them. Thread-safe.
 */
public final class EntityExtractor implements EntityExtraction {

    private static final System.Logger LOG = System.getLogger(EntityExtractor.class.getName());

    /** Longer input is cut: the API refuses messages over 2,000 characters, and rules must stay fast. */
    static final int MAX_CHARS = 4000;

    private final List<EntityRule> rules;

    /**
     * @param catalog    the live catalog; {@link CatalogVocabulary#EMPTY} when there is none
     * @param orderIds   the store's order ids; {@link KnownOrderIds#NONE} when unknown
     * @param format     what else counts as an order id
     * @param clock      today's date for relative dates, in the clock's zone (the store's time zone)
     */
    public EntityExtractor(CatalogVocabulary catalog, KnownOrderIds orderIds, OrderIdFormat format, Clock clock) {
        this(catalog, orderIds, format, clock, word -> false);
    }

    /** @param ordinaryWord whether a Latin word is an ordinary word ("like"), so never read as a typo of a product name ("Lite") */
    public EntityExtractor(CatalogVocabulary catalog, KnownOrderIds orderIds, OrderIdFormat format, Clock clock,
            java.util.function.Predicate<String> ordinaryWord) {
        CatalogMatcher products = new CatalogMatcher(catalog, ordinaryWord);
        OrderIdRule orders = new OrderIdRule(orderIds, format);
        Supplier<LocalDate> today = () -> LocalDate.now(clock);
        this.rules = List.of(products.codes(), orders.exact(), new PhoneRule(), orders.likely(),
                new AbsoluteDateRule(today), new RelativeDateRule(today), new NumericAttributeRule(products::current),
                new PriceRangeRule(), new MoneyRule(), new QuantityRule(), new AttributeWordRule(products::current),
                products.names());
    }

    /** An extractor without catalog or known orders, for tests and tools. */
    public static EntityExtractor standalone(Clock clock) {
        return new EntityExtractor(CatalogVocabulary.EMPTY, KnownOrderIds.NONE, OrderIdFormat.DEFAULT, clock);
    }

    /** Never null; empty when nothing was found. Values are strings, numbers, booleans, lists and maps. */
    @Override
    public Map<String, Object> extract(String text, String language) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        MessageText message = new MessageText(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        FoundEntities found = new FoundEntities();
        for (EntityRule rule : rules) {
            try {
                rule.apply(message, found);
            } catch (RuntimeException | StackOverflowError e) {
                // one rule failing on odd input (or a collaborator failing) must not cost the others' entities
                LOG.log(System.Logger.Level.WARNING, "entity rule " + rule.getClass().getSimpleName() + " failed", e);
            }
        }
        return found.toMap();
    }
}
