package io.kefu.dialogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The bot's wording in zh and en, from {@code dialogue/replies_*.properties}. A situation may have
 * several phrasings ({@code key.1}, {@code key.2} …); one is picked at random, avoiding the one
 * given last time so the bot never repeats itself word for word.
 */
@Component
class Phrases {

    private final ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();

    Phrases() {
        messages.setBasename("classpath:dialogue/replies");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
    }

    String say(String key, String language, Object... args) {
        return sayOtherThan(null, key, language, args);
    }

    /** A phrasing of {@code key} other than {@code previous} where there is a choice. */
    String sayOtherThan(String previous, String key, String language, Object... args) {
        List<String> variants = variants(key, Locale.forLanguageTag(language), args);
        if (variants.size() > 1 && previous != null) {
            variants.remove(previous);
        }
        return variants.get(ThreadLocalRandom.current().nextInt(variants.size()));
    }

    private List<String> variants(String key, Locale locale, Object[] args) {
        List<String> variants = new ArrayList<>();
        for (int i = 1;; i++) {
            String variant = messages.getMessage(key + "." + i, args, null, locale);
            if (variant == null) {
                break;
            }
            variants.add(variant);
        }
        if (variants.isEmpty()) {
            try {
                variants.add(messages.getMessage(key, args, locale));
            }
            catch (NoSuchMessageException e) {
                throw new IllegalStateException("No phrasing for '" + key + "' in " + locale, e);
            }
        }
        return variants;
    }
}
