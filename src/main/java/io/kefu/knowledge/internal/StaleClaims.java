package io.kefu.knowledge.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kefu.commerce.Product;
import io.kefu.commerce.StoreSettings;
import io.kefu.knowledge.StaleEntry;

/**
 * Finds statements of store facts written as literal numbers in an answer ("7 天内无理由退货",
 * "free for orders of 99 CNY", "星辰 X9 Pro 售价 4999 元") and compares them with the live data.
 * The patterns are deliberately narrow: a number only counts as a claim about a setting when the
 * words around it say which setting (so "订单签收 7 天后积分到账" is not a return window), and a
 * price only when it follows a product's name or SKU closely within one sentence.
 */
final class StaleClaims {

    private record Claim(String fact, Pattern pattern) {
    }

    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final String CURRENCY = "(?:CNY\\s*|RMB\\s*|¥\\s*|￥\\s*)?";
    private static final List<Claim> SETTINGS = List.of(
            new Claim("returnWindowDays", Pattern.compile(NUM + "\\s*天[^，。；,.;\\d]{0,6}无理由退")),
            new Claim("returnWindowDays", Pattern.compile(NUM + "\\s*天无理由")),
            new Claim("returnWindowDays", Pattern.compile("(?i)returns?\\b[^.;\\d]{0,60}?within " + NUM + " days")),
            new Claim("returnWindowDays", Pattern.compile("(?i)" + NUM + "-day (?:no-questions-asked )?returns?")),
            new Claim("exchangeWindowDays", Pattern.compile(NUM + "\\s*天内[^，。；,.;\\d]{0,6}换货")),
            new Claim("exchangeWindowDays", Pattern.compile("(?i)exchanges?\\b[^.;\\d]{0,80}?within " + NUM + " days")),
            new Claim("priceProtectionDays", Pattern.compile(NUM + "\\s*天的?价(?:格)?保")),
            new Claim("priceProtectionDays", Pattern.compile("价保[^，。；,.;\\d]{0,8}" + NUM + "\\s*天")),
            new Claim("priceProtectionDays", Pattern.compile("(?i)" + NUM + "-day price (?:protection|guarantee)")),
            new Claim("priceProtectionDays", Pattern.compile("(?i)price (?:protection|guarantee)[^.;\\d]{0,30}?" + NUM + " days")),
            new Claim("freeShippingThreshold", Pattern.compile("(?<!不)满\\s*" + CURRENCY + NUM + "\\s*元?[^，。；,.;\\d]{0,6}包邮")),
            new Claim("freeShippingThreshold", Pattern.compile("不满\\s*" + CURRENCY + NUM + "\\s*元?[^，。；,.;\\d]{0,4}(?:收取|需付|运费|邮费)")),
            new Claim("freeShippingThreshold", Pattern.compile("(?i)free (?:shipping |delivery )?(?:for|on) orders (?:of|over|above|from) " + CURRENCY + NUM)),
            new Claim("freeShippingThreshold", Pattern.compile("(?i)orders (?:below|under) " + CURRENCY + NUM)),
            new Claim("freeShippingThreshold", Pattern.compile("(?i)(?:ships?|shipping|delivery) (?:is )?free (?:above|over) " + CURRENCY + NUM)));
    private static final Pattern HOURS = Pattern.compile("(\\d{1,2}:\\d{2})\\s*(?:–|-|—|~|～|至|到|to)\\s*(\\d{1,2}:\\d{2})");
    private static final Pattern HOURS_CONTEXT = Pattern.compile("(?i)客服|人工|营业|customer service|agents?\\b|business hours|opening hours");
    private static final Pattern PRICE = Pattern.compile("(?:¥|￥)\\s*" + NUM + "|" + NUM + "\\s*(?:元|块|CNY|RMB|yuan)");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；!?;\\n]|\\.(?:\\s|$)");

    private StaleClaims() {
    }

    static List<StaleEntry.Issue> check(String text, StoreSettings settings, List<Product> products) {
        List<StaleEntry.Issue> issues = new ArrayList<>();
        for (Claim claim : SETTINGS) {
            Matcher matcher = claim.pattern().matcher(text);
            while (matcher.find()) {
                BigDecimal stated = new BigDecimal(matcher.group(1));
                BigDecimal live = setting(claim.fact(), settings);
                if (stated.compareTo(live) != 0) {
                    issues.add(new StaleEntry.Issue(claim.fact(), matcher.group(), LiveData.plain(stated), LiveData.plain(live)));
                }
            }
        }
        String live = settings.businessHours().open() + "–" + settings.businessHours().close();
        // only the hours of a sentence about the service: "配送时段为每天 09:00–21:30" beside them states other hours
        for (String sentence : SENTENCE_END.split(text)) {
            if (!HOURS_CONTEXT.matcher(sentence).find()) {
                continue;
            }
            Matcher matcher = HOURS.matcher(sentence);
            while (matcher.find()) {
                if (!sameTime(matcher.group(1), settings.businessHours().open()) || !sameTime(matcher.group(2), settings.businessHours().close())) {
                    issues.add(new StaleEntry.Issue("businessHours", matcher.group(), matcher.group(1) + "–" + matcher.group(2), live));
                }
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (Product product : products) {
            for (String alias : aliases(product)) {
                for (int at = lower.indexOf(alias); at >= 0; at = lower.indexOf(alias, at + alias.length())) {
                    String after = text.substring(at + alias.length(), Math.min(text.length(), at + alias.length() + 40));
                    Matcher end = SENTENCE_END.matcher(after);
                    if (end.find()) {
                        after = after.substring(0, end.start());
                    }
                    Matcher price = PRICE.matcher(after);
                    if (price.find() && !after.substring(0, price.start()).matches(".*(?:满|over|above|省|减|off|save).*")) {
                        BigDecimal stated = new BigDecimal(price.group(1) != null ? price.group(1) : price.group(2));
                        if (stated.compareTo(product.price()) != 0) {
                            issues.add(new StaleEntry.Issue("product:" + product.sku() + ".price",
                                    text.substring(at, at + alias.length()) + after.substring(0, price.end()),
                                    LiveData.plain(stated), LiveData.plain(product.price())));
                        }
                    }
                }
            }
        }
        Map<String, StaleEntry.Issue> unique = new LinkedHashMap<>();
        issues.forEach(issue -> unique.putIfAbsent(issue.fact() + "=" + issue.stated(), issue));
        return List.copyOf(unique.values());
    }

    private static boolean sameTime(String a, String b) {
        return a.length() == b.length() ? a.equals(b) : ("0" + a).equals(b) || a.equals("0" + b);
    }

    /** How an answer may name a product: its SKU, its name, its name without a trailing Chinese noun ("手机"). */
    private static List<String> aliases(Product product) {
        List<String> aliases = new ArrayList<>();
        aliases.add(product.sku().toLowerCase(Locale.ROOT));
        String name = product.name().toLowerCase(Locale.ROOT).trim();
        aliases.add(name);
        String shorter = name.replaceFirst("\\s+[\\p{IsHan}]+$", "");
        if (!shorter.equals(name) && shorter.codePointCount(0, shorter.length()) >= 4) {
            aliases.add(shorter);
        }
        return aliases;
    }

    private static BigDecimal setting(String fact, StoreSettings settings) {
        return switch (fact) {
            case "returnWindowDays" -> BigDecimal.valueOf(settings.returnWindowDays());
            case "exchangeWindowDays" -> BigDecimal.valueOf(settings.exchangeWindowDays());
            case "priceProtectionDays" -> BigDecimal.valueOf(settings.priceProtectionDays());
            default -> settings.freeShippingThreshold();
        };
    }
}
