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
        String space = TextVectors.space(entry.language());
        List<float[]> across = space.equals(OtherLanguage.READER) ? embedded.subList(0, questions + 1)
                : vectors.vectors(texts.subList(0, questions + 1), OtherLanguage.READER);
        EntryVectors own = new EntryVectors(entry.id(), space, entry.questions(), embedded.subList(0, questions),
                embedded.get(questions), sentences.isEmpty() ? List.of(answer) : sentences,
                sentences.isEmpty() ? List.of(embedded.get(questions)) : embedded.subList(questions + 1, embedded.size()), List.of(),
                across.subList(0, questions), across.get(questions), java.util.Set.of(), List.of());
        return own.withLending(bank.lend(own, excludedStore));
    }
}
