package io.kefu.recommendation.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/** The wording of recommendation reasons in zh and en, from {@code recommendation/reasons_*.properties}. */
@Component
class Reasons {

    static final List<String> LANGUAGES = List.of("zh", "en");

    private final ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();

    Reasons() {
        messages.setBasename("classpath:recommendation/reasons");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
    }

    String say(Reason reason, String language) {
        return messages.getMessage("reason." + reason.key(), reason.arguments().toArray(), Locale.forLanguageTag(language));
    }

    /** Why one product is recommended: a key of the reasons file and what fills it in. */
    record Reason(String key, List<Object> arguments) {

        static Reason of(String key, Object... arguments) {
            return new Reason(key, List.of(arguments));
        }
    }
}
