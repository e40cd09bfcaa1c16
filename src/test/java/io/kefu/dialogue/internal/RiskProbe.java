package io.kefu.dialogue.internal;

import java.nio.file.Path;
import java.util.List;

import io.kefu.nlu.Evaluations;
import io.kefu.nlu.TextClassification;
import io.kefu.platform.CsvFile;

/** Development tool: the risk model's probabilities on the intent examples (none of them tell of harm) and on given texts. */
public final class RiskProbe {

    public static void main(String[] args) throws Exception {
        TextClassification classification = TextClassification.standalone(Evaluations.embeddings(Path.of("data/eval")));
        // every other intent example trains, the rest are held out to count false alarms
        List<TextClassification.LabeledText> all = RiskReader.examples();
        List<TextClassification.LabeledText> train = new java.util.ArrayList<>();
        List<TextClassification.LabeledText> heldOut = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (RiskReader.NONE.equals(all.get(i).label()) && i % 2 == 0 ? heldOut : train).add(all.get(i));
        }
        TextClassification.Model model = classification.train(train);
        int over = 0;
        int n = 0;
        for (TextClassification.LabeledText example : heldOut) {
            List<String> row = List.of(example.text(), example.label(), example.language());
            n++;
            double p = model.classify(row.get(0), row.get(2)).probabilities().getOrDefault("risk", 0.0);
            if (p >= 0.5) {
                over++;
                System.out.printf("FP %.2f %s%n", p, row.get(0));
            }
        }
        System.out.printf("false positives %d of %d%n", over, n);
        for (String text : args) {
            System.out.printf("%.2f %s%n", model.classify(text, text.matches(".*\\p{IsHan}.*") ? "zh" : "en").probabilities().getOrDefault("risk", 0.0), text);
        }
    }
}
