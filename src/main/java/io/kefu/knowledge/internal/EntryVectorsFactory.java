package io.kefu.knowledge.internal;

import java.util.ArrayList;
import java.util.List;

import io.kefu.knowledge.FaqEntry;

/** Embeds an entry: its questions, its answer and the answer's sentences, then lends it the bank's questions. */
final class EntryVectorsFactory {

    private EntryVectorsFactory() {
    }

    /** @param excludedStore a bank store whose questions are not lent (the bank measuring itself), or null */
    static EntryVectors of(FaqEntry entry, TextVectors vectors, BankExpansion bank, String excludedStore) {
        List<String> texts = new ArrayList<>(entry.questions());
        String answer = entry.answer() == null ? "" : entry.answer();
        texts.add(answer);
        List<String> sentences = AnswerSentences.of(answer);
        texts.addAll(sentences);
        List<float[]> embedded = vectors.vectors(texts, entry.language());
        int questions = entry.questions().size();
        EntryVectors own = new EntryVectors(entry.id(), TextVectors.space(entry.language()), entry.questions(), embedded.subList(0, questions),
                embedded.get(questions), sentences.isEmpty() ? List.of(answer) : sentences,
                sentences.isEmpty() ? List.of(embedded.get(questions)) : embedded.subList(questions + 1, embedded.size()), List.of());
        return own.withExpansion(bank.paraphrasesFor(own, excludedStore));
    }
}
