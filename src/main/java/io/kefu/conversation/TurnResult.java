package io.kefu.conversation;

import java.util.List;
import java.util.Map;

import io.kefu.nlu.Understanding;

/**
 * The answer to one customer message (API §2): what was said back, what was understood, and the
 * conversation's state afterwards.
 */
public record TurnResult(List<Message> messages, Analysis analysis, State state) {

    public record Analysis(String language, String intent, double confidence, List<Understanding.IntentScore> intents,
            Map<String, Object> entities, Emotion emotion) {
    }

    public record Emotion(String label, double intensity, String trend) {
    }

    public record State(Mode mode, Handoff handoff, Flow flow) {
    }

    public record Flow(String name, String awaiting) {
    }
}
