package io.kefu.nlu.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kefu.nlu.LanguageUnderstanding;
import io.kefu.nlu.Understanding;
import io.kefu.nlu.Understanding.IntentScore;
import io.kefu.nlu.internal.classify.Prediction;

/**
 * Understands one customer message: its language, its intent (or out-of-scope) with calibrated
 * confidence and the top candidates, every request when the message makes several, and its
 * entities. Thread-safe.
 *
 * <p>Several requests are found clause by clause: when at least two clauses are each confidently
 * in scope with different intents, all of them are reported with their clause confidence. The
 * whole message's prediction stays the main intent when it is one of them, because it saw all
 * the context.
 */
public class IntentUnderstanding implements LanguageUnderstanding {

    static final double CLAUSE_CONFIDENCE = 0.5;
    private static final int MAX_TEXT = 2000;

    private final LanguageDetection languageDetection;
    private final IntentModels models;
    private final EntityExtraction entityExtraction;
    private final java.util.function.Supplier<io.kefu.nlu.internal.spelling.SpellingRepair> spelling;

    public IntentUnderstanding(LanguageDetection languageDetection, IntentModels models,
            EntityExtraction entityExtraction) {
        this(languageDetection, models, entityExtraction, () -> null);
    }

    /** @param spelling repairs typos before the intent is read; a null repair leaves the message as typed */
    public IntentUnderstanding(LanguageDetection languageDetection, IntentModels models, EntityExtraction entityExtraction,
            java.util.function.Supplier<io.kefu.nlu.internal.spelling.SpellingRepair> spelling) {
        this.languageDetection = languageDetection;
        this.models = models;
        this.entityExtraction = entityExtraction;
        this.spelling = spelling;
    }

    @Override
    public Understanding understand(String text) {
        String typed = typed(text);
        // ids, numbers and names are read from what was typed; the intent from the repaired words
        Map<String, Object> entities = entities(typed);
        io.kefu.nlu.internal.spelling.SpellingRepair repair = spelling.get();
        String repaired = repair == null ? typed : repair.repair(typed);
        String language = languageDetection.detect(repaired);
        if (repaired.isBlank()) {
            return new Understanding(language, Understanding.OUT_OF_SCOPE, 1, List.of(), entities, repaired);
        }
        IntentModel model = models.current();
        Reading reading = read(model, typed, repaired, language);
        String message = reading.text();
        Prediction whole = reading.prediction();
        List<IntentScore> requests = severalRequests(model, message, language);
        if (requests.size() >= 2) {
            IntentScore main = requests.stream().filter(r -> r.name().equals(whole.label())).findFirst()
                    .orElse(requests.getFirst());
            List<IntentScore> ordered = new ArrayList<>(List.of(main));
            requests.stream().filter(r -> r != main).forEach(ordered::add);
            return new Understanding(language, main.name(), main.confidence(), ordered, entities, message);
        }
        List<IntentScore> candidates = whole.candidates().stream()
                .map(candidate -> new IntentScore(candidate.label(), round(candidate.probability())))
                .limit(3)
                .toList();
        return new Understanding(language, whole.label(), round(whole.confidence()), candidates, entities, message);
    }

    @Override
    public Map<String, Object> entities(String text) {
        String typed = typed(text);
        return entityExtraction.extract(typed, languageDetection.detect(typed));
    }

    private static String typed(String text) {
        return text == null ? "" : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    private record Reading(String text, Prediction prediction) {
    }

    /** A repair is only a guess: the reading the model understands better is kept ("推货" read as 退货; "几期" not as 机器). */
    private static Reading read(IntentModel model, String typed, String repaired, String language) {
        Reading asRepaired = new Reading(repaired, model.classify(repaired, language));
        if (repaired.equals(typed)) {
            return asRepaired;
        }
        Reading asTyped = new Reading(typed, model.classify(typed, language));
        return understoodBetter(asTyped.prediction(), asRepaired.prediction()) ? asTyped : asRepaired;
    }

    /** A request read rather than none; between two requests, the surer reading. */
    private static boolean understoodBetter(Prediction one, Prediction other) {
        if (one.outOfScope() != other.outOfScope()) {
            return !one.outOfScope();
        }
        return !one.outOfScope() && one.confidence() > other.confidence();
    }

    /** Distinct confident in-scope intents of the clauses, in the order asked. */
    private List<IntentScore> severalRequests(IntentModel model, String message, String language) {
        List<String> clauses = io.kefu.nlu.Clauses.split(message);
        if (clauses.size() < 2) {
            return List.of();
        }
        Map<String, Double> intents = new LinkedHashMap<>();
        for (String clause : clauses) {
            Prediction prediction = model.classify(clause, language);
            if (!prediction.outOfScope() && prediction.confidence() >= CLAUSE_CONFIDENCE) {
                intents.merge(prediction.label(), prediction.confidence(), Math::max);
            }
        }
        return intents.entrySet().stream().map(e -> new IntentScore(e.getKey(), round(e.getValue()))).toList();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
