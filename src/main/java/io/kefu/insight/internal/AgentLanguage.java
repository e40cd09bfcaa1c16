package io.kefu.insight.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import io.kefu.dialogue.IntentCatalogue;
import io.kefu.nlu.Embeddings;
import io.kefu.nlu.LanguageUnderstanding;
import io.kefu.nlu.Understanding;

/**
 * Reads what an agent wrote with the models that read customers: whether it greets (the intent
 * model's greeting), whether it is about returns (an intent the after-sales team serves), and
 * whether it acknowledges how the customer feels — close in meaning to one of a few examples of
 * acknowledgement, so "真抱歉让您久等了" counts however it is worded.
 */
@Component
class AgentLanguage {

    /** Paraphrases of one acknowledgement score above this with the BGE models; unrelated shop talk stays below. */
    static final double EMPATHY_SIMILARITY = 0.7;
    private static final List<String> ACKNOWLEDGEMENTS_ZH = List.of("非常抱歉给您带来不便", "理解您的心情，真的很抱歉", "让您久等了，实在不好意思",
            "给您添麻烦了，我们一定帮您解决");
    private static final List<String> ACKNOWLEDGEMENTS_EN = List.of("I am so sorry for the trouble", "I understand how frustrating this is",
            "Sorry to keep you waiting", "I apologise for the inconvenience, I will sort this out for you");

    private final LanguageUnderstanding understanding;
    private final Embeddings embeddings;
    private final IntentCatalogue catalogue;

    AgentLanguage(LanguageUnderstanding understanding, Embeddings embeddings, IntentCatalogue catalogue) {
        this.understanding = understanding;
        this.embeddings = embeddings;
        this.catalogue = catalogue;
    }

    boolean greets(String text) {
        return "greeting".equals(understanding.understand(text).intent());
    }

    boolean aboutReturns(String text) {
        Understanding read = understanding.understand(text);
        return catalogue.find(read.intent()).map(intent -> "aftersales".equals(intent.skill())).orElse(false);
    }

    boolean empathises(String text) {
        String language = understanding.understand(text).language();
        float[] vector = embeddings.embed(text, language);
        List<String> examples = "en".equals(language) ? ACKNOWLEDGEMENTS_EN : ACKNOWLEDGEMENTS_ZH;
        return embeddings.embedAll(examples, language).stream().anyMatch(example -> dot(example, vector) >= EMPATHY_SIMILARITY);
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += a[d] * b[d];
        }
        return sum;
    }
}
