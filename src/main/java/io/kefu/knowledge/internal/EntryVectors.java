package io.kefu.knowledge.internal;

import java.util.List;

/**
 * Everything an FAQ entry is matched by: its questions in the merchant's words, its answer as a
 * whole and sentence by sentence (a shopper often asks about one detail of an answer), and questions
 * shoppers asked for entries like it in the paraphrase bank. All unit vectors of the entry's
 * language space; the questions' texts too, for word overlap. Besides, its questions and answer as
 * the Chinese model reads them ({@code acrossQuestions}, {@code acrossAnswer}; the same vectors for a
 * Chinese entry), the one model that reads both languages: what {@link OtherLanguage} weighs a
 * question against entries of the other language by. And the topics of the bank's entries closest to
 * it, with the questions asked in the other language on those topics ({@code acrossLent}, in the
 * other language's space): how a question in that language reaches this entry by topic.
 */
record EntryVectors(String entryId, String space, List<String> questionTexts, List<float[]> questions, float[] answer,
        List<String> sentenceTexts, List<float[]> sentences, List<float[]> expansion, List<float[]> acrossQuestions, float[] acrossAnswer,
        java.util.Set<String> topics, List<float[]> acrossLent) {

    EntryVectors {
        topics = java.util.Set.copyOf(topics);
        acrossLent = List.copyOf(acrossLent);
        acrossQuestions = List.copyOf(acrossQuestions);
        questionTexts = List.copyOf(questionTexts);
        sentenceTexts = List.copyOf(sentenceTexts);
        questions = List.copyOf(questions);
        sentences = List.copyOf(sentences);
        expansion = List.copyOf(expansion);
    }

    /** The entry as one point: its questions and its answer, equally weighted. */
    float[] representative() {
        float[] mean = new float[answer.length];
        for (float[] question : questions) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += question[i] / questions.size();
            }
        }
        float[] unitMean = TextVectors.normalised(mean);
        float[] sum = new float[answer.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = unitMean[i] + answer[i];
        }
        return TextVectors.normalised(sum);
    }

    /** The entry with what the paraphrase bank lends it. */
    EntryVectors withLending(BankExpansion.Lending lending) {
        return new EntryVectors(entryId, space, questionTexts, questions, answer, sentenceTexts, sentences, lending.paraphrases(),
                acrossQuestions, acrossAnswer, lending.topics(), lending.across());
    }
}

