package io.kefu.conversation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.kefu.commerce.Product;
import io.kefu.knowledge.FaqEntry;
import io.kefu.nlu.TextClassification;

/**
 * What a node says to itself to warm its turn path up: for every intent and language, a few of the
 * shipped training examples (so each flow and answerer runs), the questions of the store's own FAQ
 * entries (the knowledge path) and the names of its products (the catalogue path), so the mix fits
 * any store without knowing it. Grouped into short conversations of one language, in a fixed
 * shuffled order, so that consecutive turns vary as real traffic does.
 */
final class WarmUpMessages {

    static final int EXAMPLES_PER_INTENT = 4;
    static final int TURNS_PER_CONVERSATION = 8;

    private WarmUpMessages() {
    }

    /** One throw-away conversation's messages, all in one language. */
    record Script(String language, List<String> messages) {
    }

    static List<Script> of(List<TextClassification.LabeledText> examples, List<FaqEntry> faq, List<Product> products) {
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        Map<String, Integer> taken = new LinkedHashMap<>();
        for (TextClassification.LabeledText example : examples) {
            String language = "en".equals(example.language()) ? "en" : "zh";
            if (taken.merge(example.label() + "/" + language, 1, Integer::sum) <= EXAMPLES_PER_INTENT) {
                byLanguage.computeIfAbsent(language, l -> new ArrayList<>()).add(example.text());
            }
        }
        for (FaqEntry entry : faq) {
            if (entry.isPublished() && !entry.questions().isEmpty()) {
                byLanguage.computeIfAbsent(entry.language(), l -> new ArrayList<>()).add(entry.questions().getFirst());
            }
        }
        for (Product product : products) {
            byLanguage.computeIfAbsent(languageOf(product.name()), l -> new ArrayList<>()).add(product.name());
        }
        List<Script> scripts = new ArrayList<>();
        Random order = new Random(11);
        byLanguage.forEach((language, messages) -> {
            List<String> shuffled = new ArrayList<>(messages);
            Collections.shuffle(shuffled, order);
            for (int from = 0; from < shuffled.size(); from += TURNS_PER_CONVERSATION) {
                scripts.add(new Script(language, List.copyOf(shuffled.subList(from, Math.min(shuffled.size(), from + TURNS_PER_CONVERSATION)))));
            }
        });
        Collections.shuffle(scripts, order);
        return scripts;
    }

    private static String languageOf(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? "zh" : "en";
    }
}
