package io.kefu.dialogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.kefu.dialogue.Decision;
import io.kefu.dialogue.Reply;
import io.kefu.emotion.EmotionReading;

/**
 * Sets the tone of a reply by the customer's emotion: an angry customer gets one apology and then
 * the concrete step; an anxious one reassurance before the status; a disappointed one empathy; a
 * confused one a promise to go step by step; a happy one a warm word. The opener goes before the
 * substance, never instead of it, and is not repeated on the next turn (no apology loops). The warm
 * word thanks for help given ("很高兴能帮到您"), so it is never said before the bot has answered
 * anything: a shopper's cheerful first request ("浓一点提神的茶") has not been helped yet.
 */
@Component
class Tone {

    /** Below this the feeling is too faint (or too uncertain) to answer it in kind. */
    private static final double NOTICEABLE = 0.45;

    private static final String SATISFACTION = "satisfaction";

    private final Phrases phrases;

    Tone(Phrases phrases) {
        this.phrases = phrases;
    }

    /**
     * The decision with an opener for the emotion, unless the last turn already had one for it.
     *
     * @param answeredBefore whether the bot has replied earlier in the conversation
     */
    Decision apply(Decision decision, EmotionReading emotion, String language, String lastTone, boolean answeredBefore) {
        if (decision.replies().isEmpty() || decision.handoff() != null || !isNoticeable(emotion) || emotion.label().equals(lastTone)
                || SATISFACTION.equals(emotion.label()) && !answeredBefore || !phrases.has("tone." + emotion.label(), language)) {
            return decision;
        }
        String opener = phrases.say("tone." + emotion.label(), language);
        List<Reply> replies = new ArrayList<>(decision.replies());
        Reply first = replies.getFirst();
        replies.set(0, new Reply(opener + first.text(), first.quickReplies(), first.sources(), first.cards()));
        return new Decision(replies, decision.handoff(), decision.queue(), decision.flow(), decision.state());
    }

    static boolean isNoticeable(EmotionReading emotion) {
        return !"neutral".equals(emotion.label()) && (emotion.intensity() >= NOTICEABLE || SATISFACTION.equals(emotion.label()));
    }
}
