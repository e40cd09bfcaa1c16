package io.kefu.emotion;

import java.util.List;

/** Reads the emotion of a customer message in the light of the earlier ones. Thread-safe. */
public interface EmotionAnalyzer {

    /**
     * @param previous     readings of the customer's earlier messages in this conversation, oldest first
     * @param earlierTexts the customer's earlier messages, oldest first (a complaint said again weighs more)
     * @return never null
     */
    EmotionReading read(String text, String language, List<EmotionReading> previous, List<String> earlierTexts);
}
