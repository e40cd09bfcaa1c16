package io.kefu.nlu.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.kefu.nlu.InvalidExamplesException;
import io.kefu.nlu.InvalidExamplesException.FieldError;

/**
 * Adds merchant intent examples: validates all of them (all or nothing), stores them and retrains
 * the intent model, which is in use when this returns.
 */
public class ExampleImport {

    private static final Pattern INTENT = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Set<String> LANGUAGES = Set.of("zh", "en", "mixed");
    private static final int MAX_TEXT = 2000;

    private final MerchantExamples examples;
    private final IntentModels models;

    public ExampleImport(MerchantExamples examples, IntentModels models) {
        this.examples = examples;
        this.models = models;
    }

    /** @return how many examples were stored */
    public int upsert(List<IntentExample> incoming) {
        List<FieldError> errors = new ArrayList<>();
        List<IntentExample> valid = new ArrayList<>();
        for (int i = 0; i < incoming.size(); i++) {
            IntentExample example = incoming.get(i);
            if (example == null) {
                errors.add(new FieldError("[" + i + "]", "must not be null"));
                continue;
            }
            String text = example.text() == null ? "" : example.text().strip();
            String intent = example.intent() == null ? "" : example.intent().strip();
            String language = example.language() == null ? "" : example.language().strip();
            if (text.isEmpty() || text.length() > MAX_TEXT) {
                errors.add(new FieldError("[" + i + "].text", "must be 1 to " + MAX_TEXT + " characters"));
            }
            if (!INTENT.matcher(intent).matches()) {
                errors.add(new FieldError("[" + i + "].intent", "must be a lower-case name like order_status"));
            }
            if (!LANGUAGES.contains(language)) {
                errors.add(new FieldError("[" + i + "].language", "must be zh, en or mixed"));
            }
            valid.add(new IntentExample(text, intent, language));
        }
        if (!errors.isEmpty()) {
            throw new InvalidExamplesException(errors);
        }
        int stored = examples.upsert(valid);
        models.retrain();
        return stored;
    }

    public List<IntentExample> all() {
        return examples.all();
    }
}
