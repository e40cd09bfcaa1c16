package io.kefu.nlu.internal.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.kefu.nlu.FakeEmbedder;
import io.kefu.nlu.internal.TrainingSamples;

class ClassifierTrainerTests {

    private final FakeEmbedder embedder = new FakeEmbedder();
    private final List<Example> examples = TrainingSamples.chinese().stream()
            .map(e -> new Example(e.text(), e.intent()))
            .toList();
    private final TextClassifier classifier = new ClassifierTrainer()
            .train(examples, embedder.embedAll(examples.stream().map(Example::text).toList()), "out_of_scope");

    private Prediction classify(String text) {
        return classifier.classify(text, embedder.embedAll(List.of(text)).getFirst());
    }

    @Test
    void recognisesUnseenPhrasingsOfKnownIntents() {
        assertThat(classify("帮我查查物流到哪了").label()).isEqualTo("logistics");
        assertThat(classify("发票能开吗").label()).isEqualTo("invoice");
        assertThat(classify("退款怎么还没到账").label()).isEqualTo("refund_status");
    }

    @Test
    void givesCalibratedCandidatesBestFirst() {
        Prediction prediction = classify("物流到哪了");

        assertThat(prediction.confidence()).isBetween(0.0, 1.0);
        assertThat(prediction.candidates()).isNotEmpty();
        assertThat(prediction.candidates().getFirst().label()).isEqualTo("logistics");
        assertThat(prediction.candidates()).extracting(Prediction.Candidate::probability)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(prediction.candidates()).extracting(Prediction.Candidate::label).doesNotContain("out_of_scope");
        double sum = prediction.candidates().stream().mapToDouble(Prediction.Candidate::probability).sum();
        assertThat(sum).isLessThanOrEqualTo(1.0 + 1e-9);
    }

    @Test
    void rejectsTextLikeTheOutOfScopeExamples() {
        Prediction prediction = classify("今天天气好吗");

        assertThat(prediction.outOfScope()).isTrue();
        assertThat(prediction.label()).isEqualTo("out_of_scope");
    }

    @Test
    void withoutOutOfScopeDataNothingIsRejected() {
        List<Example> inScope = examples.stream().filter(e -> !e.label().equals("out_of_scope")).toList();
        TextClassifier closed = new ClassifierTrainer()
                .train(inScope, embedder.embedAll(inScope.stream().map(Example::text).toList()), "out_of_scope");

        Prediction prediction = closed.classify("讲个笑话", embedder.embedAll(List.of("讲个笑话")).getFirst());

        assertThat(prediction.outOfScope()).isFalse();
        assertThat(closed.labels()).doesNotContain("out_of_scope");
    }

    @Test
    void aClassifierThatNeverReadsTheNeighboursDecidesAsIfItHadScannedThem() {
        TextClassifier withoutNeighbours = classifier.recalibrated(1.5, 0, RejectionRule.explicitClassOnly());
        for (String text : List.of("物流到哪了", "发票能开吗", "今天天气好吗", "asdf")) {
            float[] vector = embedder.embedAll(List.of(text)).getFirst();
            Evidence scanned = withoutNeighbours.evidence(withoutNeighbours.scores(text, vector), 1.5, 0);

            Prediction prediction = withoutNeighbours.classify(text, vector);

            assertThat(prediction.candidates().getFirst().probability()).isEqualTo(scanned.topProbability());
            assertThat(prediction.candidates().getFirst().label()).isEqualTo(withoutNeighbours.labels().get(scanned.top()));
            assertThat(prediction.outOfScope()).isEqualTo(scanned.explicitlyOutOfScope());
        }
    }

    @Test
    void trainingIsDeterministic() {
        TextClassifier again = new ClassifierTrainer()
                .train(examples, embedder.embedAll(examples.stream().map(Example::text).toList()), "out_of_scope");
        float[] vector = embedder.embedAll(List.of("快递到了吗")).getFirst();

        assertThat(again.classify("快递到了吗", vector)).isEqualTo(classifier.classify("快递到了吗", vector));
    }
}
