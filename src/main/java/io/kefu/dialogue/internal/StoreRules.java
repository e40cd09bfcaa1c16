package io.kefu.dialogue.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.kefu.commerce.StoreSettings;
import io.kefu.commerce.StoreSettingsService;
import io.kefu.dialogue.Reply;

/**
 * The rule behind an order request, as the store's settings and the bot's own flows make it: "收到货多少天
 * 内可以退" is answered with the store's return window before anyone asks which order, and a visitor
 * who is not signed in learns the rule even though the bot cannot act for them.
 */
@Component
class StoreRules {

    private static final Map<String, String> POLICY_OF = Map.of("return_request", "returnWindowDays", "exchange_request", "exchangeWindowDays");

    private final StoreSettingsService settings;
    private final Phrases phrases;

    StoreRules(StoreSettingsService settings, Phrases phrases) {
        this.settings = settings;
        this.phrases = phrases;
    }

    /** The rule of the request an intent stands for; empty for an intent with no such rule (or a merchant's flow without a phrase). */
    Optional<Reply> of(String intent, String language) {
        String key = "rule." + intent;
        if (!phrases.has(key, language)) {
            return Optional.empty();
        }
        StoreSettings store = settings.current();
        String text = phrases.say(key, language, Map.of("returnDays", store.returnWindowDays(), "exchangeDays", store.exchangeWindowDays()));
        List<Reply.Source> sources = Optional.ofNullable(POLICY_OF.get(intent)).map(policy -> List.of(new Reply.Source("policy", policy)))
            .orElse(List.of());
        return Optional.of(new Reply(text, List.of(), sources, List.of()));
    }
}
