package io.kefu.conversation.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import io.kefu.conversation.TurnResult;
import io.kefu.emotion.EmotionAnalyzer;
import io.kefu.emotion.EmotionReading;
import io.kefu.nlu.LanguageUnderstanding;
import io.kefu.nlu.Understanding;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analyse step of a turn: what the message means and how the customer feels, in the light of
 * the customer's earlier messages. Runs outside any transaction (it is the slow part of a turn).
 */
@Component
class Analyses {

    static final int EMOTION_HISTORY = 6;

    private final LanguageUnderstanding understanding;
    private final EmotionAnalyzer emotions;
    private final Messages messages;
    private final JsonMapper json;

    Analyses(LanguageUnderstanding understanding, EmotionAnalyzer emotions, Messages messages, JsonMapper json) {
        this.understanding = understanding;
        this.emotions = emotions;
        this.messages = messages;
        this.json = json;
    }

    Analysed analyse(String conversationId, String text) {
        Understanding understood = understanding.understand(text);
        List<Messages.CustomerTurn> earlier = messages.recentCustomerTurns(conversationId, EMOTION_HISTORY);
        List<EmotionReading> history = earlier.stream().map(turn -> json.readValue(turn.analysis(), TurnResult.Analysis.class).emotion())
            .map(e -> new EmotionReading(e.label(), e.intensity(), e.trend())).toList();
        EmotionReading emotion = emotions.read(text, understood.replyLanguage(), history,
                earlier.stream().map(Messages.CustomerTurn::text).toList());
        TurnResult.Analysis analysis = new TurnResult.Analysis(understood.language(), understood.intent(), understood.confidence(),
                understood.intents(), understood.entities(),
                new TurnResult.Emotion(emotion.label(), emotion.intensity(), emotion.trend()));
        return new Analysed(understood, emotion, history, analysis);
    }

    record Analysed(Understanding understanding, EmotionReading emotion, List<EmotionReading> history, TurnResult.Analysis analysis) {
    }
}
