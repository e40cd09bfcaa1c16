package io.kefu.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The answer decision learned from the paraphrase bank: calibrated, and answering only where wrong answers stay rare. */
class MatchModelTrainingTests {

    @Test
    void answersOnlyWhereWrongAnswersStayWithinTheirShareAndSuggestsBelow() {
        List<MatchModelTraining.Example> examples = new ArrayList<>();
        Random random = new Random(7);
        for (String store : List.of("a", "b", "c", "d")) {
            for (int i = 0; i < 300; i++) {
                boolean right = random.nextDouble() < 0.7;
                // right answers score higher, with overlap: a clear case for a probability, not a yes/no
                double score = (right ? 2.2 : 1.6) + random.nextGaussian() * 0.3;
                examples.add(new MatchModelTraining.Example(store, new double[] { score, right ? 0.2 : 0.05, score / 3, score / 3, score / 3, 0.1, 2 },
                        right));
            }
        }
        MatchModel model = MatchModelTraining.train(examples);
        assertThat(model.answerAt()).isGreaterThan(model.suggestAt());
        long answered = examples.stream().filter(e -> model.probability(e.features()) >= model.answerAt()).count();
        long wrong = examples.stream().filter(e -> !e.right() && model.probability(e.features()) >= model.answerAt()).count();
        assertThat((double) wrong / examples.size()).isLessThanOrEqualTo(MatchModelTraining.WRONG_ANSWERS + 0.01);
        assertThat(answered).as("still answers most right ones").isGreaterThan(examples.size() / 4);
        double high = model.probability(new double[] { 3.0, 0.3, 1, 1, 1, 0.1, 2 });
        double low = model.probability(new double[] { 1.0, 0.0, 0.3, 0.3, 0.3, 0.1, 2 });
        assertThat(high).isGreaterThan(0.9);
        assertThat(low).isLessThan(0.1);
    }
}
