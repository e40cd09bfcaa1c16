package io.kefu.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The answer decision learned from the paraphrase bank: calibrated, and answering only where wrong answers stay rare. */
class MatchModelTrainingTests {

    /** Bank-like questions: the best entry right for 70 %, one of the two best for 90 %, each with overlapping evidence. */
    private static List<MatchModelTraining.Example> examples() {
        List<MatchModelTraining.Example> examples = new ArrayList<>();
        Random random = new Random(7);
        for (String store : List.of("a", "b", "c", "d")) {
            for (int i = 0; i < 300; i++) {
                double draw = random.nextDouble();
                boolean right = draw < 0.7;
                boolean eitherRight = draw < 0.9;
                // right answers score higher, with overlap: a clear case for a probability, not a yes/no
                double score = (right ? 2.2 : 1.6) + random.nextGaussian() * 0.3;
                double second = (eitherRight && !right ? score : score - 0.5) + random.nextGaussian() * 0.2;
                double third = (eitherRight ? second - 0.6 : second - 0.05) + random.nextGaussian() * 0.1;
                double[] either = { score, second, second - third, score - second, score / 3, second / 3, score / 3, second / 3, 2 };
                examples.add(new MatchModelTraining.Example(store, new double[] { score, right ? 0.2 : 0.05, score / 3, score / 3, score / 3, 0.1, 2 },
                        right, either, eitherRight));
            }
        }
        return examples;
    }

    @Test
    void answersOnlyWhereWrongAnswersStayWithinTheirShareAndSuggestsBelow() {
        List<MatchModelTraining.Example> examples = examples();
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

    @Test
    void answersFromTheTwoBestOnlyWhereNeitherBeingRightStaysRare() {
        List<MatchModelTraining.Example> examples = examples();
        MatchModel model = MatchModelTraining.train(examples);
        List<MatchModelTraining.Example> fromTwo = examples.stream().filter(e -> model.probability(e.features()) < model.answerAt())
            .filter(e -> model.either().probability(e.eitherFeatures()) >= model.eitherAt()).toList();
        long neither = fromTwo.stream().filter(e -> !e.eitherRight()).count();
        assertThat((double) neither / examples.size()).isLessThanOrEqualTo(MatchModelTraining.WRONG_EITHER + 0.01);
        assertThat(fromTwo.stream().filter(e -> e.eitherRight() && !e.right()).count())
            .as("answers questions whose right entry came second, which the best alone would leave").isGreaterThan(examples.size() / 20);
    }
}
