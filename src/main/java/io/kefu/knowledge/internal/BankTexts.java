package io.kefu.knowledge.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kefu.knowledge.FaqEntry;

/**
 * Every text of the paraphrase bank the knowledge module embeds, by language: entries' questions,
 * answers and answer sentences, and the shoppers' questions. The jar ships their vectors, so a
 * fresh installation does not spend its first minutes embedding the bank.
 */
public final class BankTexts {

    private BankTexts() {
    }

    public static Map<String, List<String>> byLanguage() {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (ParaphraseBank.Store store : ParaphraseBank.load()) {
            for (FaqEntry entry : store.entries()) {
                List<String> own = texts.computeIfAbsent(TextVectors.space(entry.language()), k -> new ArrayList<>());
                own.addAll(entry.questions());
                own.add(entry.answer());
                own.addAll(AnswerSentences.of(entry.answer()));
            }
            for (ParaphraseBank.Asked asked : store.asked()) {
                texts.computeIfAbsent(TextVectors.space(asked.language()), k -> new ArrayList<>()).add(asked.question());
            }
        }
        return texts;
    }
}
