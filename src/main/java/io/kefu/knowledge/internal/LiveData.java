package io.kefu.knowledge.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Product;
import io.kefu.commerce.ProductCatalog;
import io.kefu.commerce.Promotion;
import io.kefu.commerce.PromotionBoard;
import io.kefu.commerce.StoreSettings;
import io.kefu.commerce.StoreSettingsService;
import io.kefu.knowledge.StaleEntry;

/**
 * Fills the live store-data placeholders of an answer at the moment it is served:
 * {@code {{settings.returnWindowDays}}}, {@code exchangeWindowDays}, {@code priceProtectionDays},
 * {@code freeShippingThreshold}, {@code businessHours} (and {@code .open}, {@code .close},
 * {@code .timezone}), {@code storeName}, {@code currency}; {@code {{product:SKU.price}}},
 * {@code .stock}, {@code .name}, {@code .promotion}; {@code {{promotions}}} (titles of the running
 * promotions). A placeholder that names no live data is reported instead of rendered.
 */
@Component
public class LiveData {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]+?)\\s*}}");
    private static final Pattern PRODUCT = Pattern.compile("product:([^.\\s]+)\\.(price|stock|name|promotion)");
    private static final List<String> SETTINGS = List.of("storeName", "currency", "returnWindowDays", "exchangeWindowDays",
            "priceProtectionDays", "freeShippingThreshold", "businessHours", "businessHours.open", "businessHours.close",
            "businessHours.timezone");

    private final StoreSettingsService settings;
    private final ProductCatalog catalog;
    private final PromotionBoard promotions;

    LiveData(StoreSettingsService settings, ProductCatalog catalog, PromotionBoard promotions) {
        this.settings = settings;
        this.catalog = catalog;
        this.promotions = promotions;
    }

    /** Placeholders whose syntax names nothing Kefu knows (checked at import). */
    public static List<String> unknownPlaceholders(String answer) {
        List<String> unknown = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(answer);
        while (matcher.find()) {
            String name = matcher.group(1);
            boolean known = name.equals("promotions") || name.startsWith("settings.") && SETTINGS.contains(name.substring(9))
                    || PRODUCT.matcher(name).matches();
            if (!known) {
                unknown.add(matcher.group());
            }
        }
        return unknown;
    }

    /** The answer with live values filled in, or the issues that keep it from being rendered. */
    public Rendered render(String answer, String language) {
        StoreSettings store = settings.current();
        List<StaleEntry.Issue> issues = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Matcher matcher = PLACEHOLDER.matcher(answer);
        while (matcher.find()) {
            Optional<String> value = value(matcher.group(1), store, language);
            if (value.isEmpty()) {
                issues.add(new StaleEntry.Issue(matcher.group(1), matcher.group(), null, null));
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(value.orElse("")));
        }
        matcher.appendTail(text);
        return new Rendered(text.toString(), issues);
    }

    private Optional<String> value(String name, StoreSettings store, String language) {
        if (name.equals("promotions")) {
            return Optional.of(String.join("en".equals(language) ? "; " : "；",
                    promotions.activeAt(OffsetDateTime.now()).stream().map(Promotion::title).toList()));
        }
        if (name.startsWith("settings.")) {
            return Optional.ofNullable(switch (name.substring(9)) {
                case "storeName" -> store.storeName();
                case "currency" -> store.currency();
                case "returnWindowDays" -> Integer.toString(store.returnWindowDays());
                case "exchangeWindowDays" -> Integer.toString(store.exchangeWindowDays());
                case "priceProtectionDays" -> Integer.toString(store.priceProtectionDays());
                case "freeShippingThreshold" -> plain(store.freeShippingThreshold());
                case "businessHours" -> store.businessHours().open() + "–" + store.businessHours().close();
                case "businessHours.open" -> store.businessHours().open();
                case "businessHours.close" -> store.businessHours().close();
                case "businessHours.timezone" -> store.businessHours().timezone();
                default -> null;
            });
        }
        Matcher product = PRODUCT.matcher(name);
        if (!product.matches()) {
            return Optional.empty();
        }
        return catalog.find(product.group(1)).map(p -> switch (product.group(2)) {
            case "price" -> plain(p.price());
            case "stock" -> p.stock() == null ? ("en".equals(language) ? "in stock" : "有货") : Integer.toString(p.stock());
            case "name" -> p.name();
            default -> String.join("en".equals(language) ? "; " : "；", promotionsOf(p));
        });
    }

    private List<String> promotionsOf(Product product) {
        return promotions.activeAt(OffsetDateTime.now()).stream()
            .filter(p -> p.skus().contains(product.sku()) || p.categories().contains(product.category())
                    || p.skus().isEmpty() && p.categories().isEmpty())
            .map(Promotion::title).toList();
    }

    static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    /** Statements of fact in the literal answer text that contradict the live store data. */
    public List<StaleEntry.Issue> contradictions(String answer) {
        return StaleClaims.check(PLACEHOLDER.matcher(answer).replaceAll("§"), settings.current(), catalog.snapshot().products());
    }

    /** An answer ready to send, unless {@code issues} is not empty. */
    public record Rendered(String text, List<StaleEntry.Issue> issues) {
    }
}
