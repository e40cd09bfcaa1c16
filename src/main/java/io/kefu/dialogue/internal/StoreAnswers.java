package io.kefu.dialogue.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Promotion;
import io.kefu.commerce.PromotionBoard;
import io.kefu.commerce.StoreSettings;
import io.kefu.commerce.StoreSettingsService;
import io.kefu.dialogue.Reply;

/** Answers about the store itself from live data: running promotions and payment help. */
@Component
class StoreAnswers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final PromotionBoard promotions;
    private final StoreSettingsService settings;
    private final Phrases phrases;

    StoreAnswers(PromotionBoard promotions, StoreSettingsService settings, Phrases phrases) {
        this.promotions = promotions;
        this.settings = settings;
        this.phrases = phrases;
    }

    /** Only promotions running now: an expired or future one is never offered. */
    Reply promotions(String language, OffsetDateTime now) {
        List<Promotion> active = promotions.activeAt(now);
        StoreSettings store = settings.current();
        if (active.isEmpty()) {
            return new Reply(phrases.say("promotion.none", language, Map.of("threshold", store.freeShippingThreshold().toPlainString())),
                    List.of(), List.of(new Reply.Source("policy", "freeShippingThreshold")), List.of());
        }
        String list = active.stream().limit(5)
            .map(p -> phrases.say("promotion.item", language, Map.of("title", p.title(), "until", DAY.format(p.endsAt().atZoneSameInstant(store.zone())))))
            .collect(Collectors.joining(language.equals("en") ? "; " : "；"));
        return new Reply(phrases.say("promotion.list", language, Map.of("list", list, "threshold", store.freeShippingThreshold().toPlainString())),
                List.of(), active.stream().limit(5).map(p -> new Reply.Source("promotion", p.id())).toList(), List.of());
    }

    Reply payment(String language) {
        return Reply.of(phrases.say("payment.help", language), List.of(phrases.say("menu.human", language)));
    }
}
