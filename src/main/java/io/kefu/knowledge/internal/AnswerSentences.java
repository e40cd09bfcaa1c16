package io.kefu.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Cuts an answer into its sentences, each matched on its own: a detail asked about is often one sentence of a long answer. */
final class AnswerSentences {

    private static final Pattern END = Pattern.compile("(?<=[。；;！？!?])\\s*|\\n+|(?<=[.])\\s+");
    private static final int MIN_CHARS = 4;
    /** Beyond this many, the rest of a long answer joins the last one kept. */
    private static final int MAX_SENTENCES = 12;

    private AnswerSentences() {
    }

    static List<String> of(String answer) {
        List<String> sentences = new ArrayList<>();
        if (answer == null) {
            return sentences;
        }
        for (String part : END.split(answer)) {
            String sentence = part.strip();
            if (sentence.length() < MIN_CHARS) {
                continue;
            }
            if (sentences.size() == MAX_SENTENCES) {
                sentences.set(MAX_SENTENCES - 1, sentences.get(MAX_SENTENCES - 1) + " " + sentence);
            }
            else {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
