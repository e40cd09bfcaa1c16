package io.kefu.dialogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The bot's wording in zh and en, from {@code dialogue/replies_*.properties}. A situation may have
 * several phrasings ({@code key.1}, {@code key.2} …); one is picked at random, avoiding the one
 * given last time so the bot never repeats itself word for word. Phrasings name their variables:
 * {@code 您的订单{orderId}…}.
 */
@Component
class Phrases {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    private final ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();

    Phrases() {
        messages.setBasename("classpath:dialogue/replies");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    String say(String key, String language) {
        return say(key, language, Map.of());
    }

    String say(String key, String language, Map<String, ?> variables) {
        return sayOtherThan(null, key, language, variables);
    }

    /** A phrasing of {@code key} other than {@code previous} where there is a choice. */
    String sayOtherThan(String previous, String key, String language, Map<String, ?> variables) {
        List<String> variants = new ArrayList<>();
        for (String variant : variants(key, Locale.forLanguageTag(language))) {
            variants.add(fill(variant, variables));
        }
        if (variants.size() > 1 && previous != null) {
            variants.remove(previous);
        }
        return variants.get(ThreadLocalRandom.current().nextInt(variants.size()));
    }

    boolean has(String key, String language) {
        return !variantsOrEmpty(key, Locale.forLanguageTag(language)).isEmpty();
    }

    private List<String> variants(String key, Locale locale) {
        List<String> variants = variantsOrEmpty(key, locale);
        if (variants.isEmpty()) {
            throw new IllegalStateException("No phrasing for '" + key + "' in " + locale);
        }
        return variants;
    }

    private List<String> variantsOrEmpty(String key, Locale locale) {
        List<String> variants = new ArrayList<>();
        String single = messages.getMessage(key, null, null, locale);
        if (single != null) {
            variants.add(single);
        }
        for (int i = 1;; i++) {
            String variant = messages.getMessage(key + "." + i, null, null, locale);
            if (variant == null) {
                return variants;
            }
            variants.add(variant);
        }
    }

    private static String fill(String template, Map<String, ?> variables) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = variables.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : String.valueOf(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
