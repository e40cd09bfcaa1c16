package io.kefu.nlu;

import java.util.List;
import java.util.Map;

/**
 * What Kefu understood of one customer message.
 *
 * @param language   {@code zh}, {@code en} or {@code mixed}
 * @param intent     the best intent, or {@code out_of_scope} when nothing fits
 * @param confidence calibrated confidence of {@code intent}, 0..1
 * @param intents    the top candidates, best first; several with high confidence when the message
 *                   asks several things
 * @param entities   extracted entities by name (e.g. {@code orderId}, {@code phone},
 *                   {@code priceRange}); never null
 * @param reading    the message as understood, its typos repaired ("tuihuo几天" → "退货几天"); never null
 */
public record Understanding(String language, String intent, double confidence, List<IntentScore> intents,
        Map<String, Object> entities, String reading) {

    public static final String OUT_OF_SCOPE = "out_of_scope";

    public Understanding {
        intents = List.copyOf(intents);
        entities = Map.copyOf(entities);
        reading = reading == null ? "" : reading;
    }

    /** The repaired reading of {@code text}, which was read; the text itself when nothing was read. */
    public String readingOr(String text) {
        return reading.isBlank() ? text : reading;
    }

    /** The reply language: a mixed message is answered in Chinese. */
    public String replyLanguage() {
        return "en".equals(language) ? "en" : "zh";
    }

    public record IntentScore(String name, double confidence) {
    }
}
