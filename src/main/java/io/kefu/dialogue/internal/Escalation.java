package io.kefu.dialogue.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Customer;
import io.kefu.commerce.CustomerDirectory;
import io.kefu.dialogue.DialogueTurn;
import io.kefu.dialogue.EscalationSettings;
import io.kefu.dialogue.HandoffRequest;
import io.kefu.emotion.EmotionReading;

/**
 * The rules that bring in a human without being asked: high-risk topics first (legal threats,
 * consumer-authority complaints, injury or safety, fraud, double charges) — named in so many words
 * or told plainly ({@link RiskReader}) — then anger, or negative feeling rising in what the customer tells (a question asked
 * without anger is answered instead). The customer's own request and the bot's failures are decided by the policy.
 * VIP customers are served first within the same reason.
 */
@Component
class Escalation {

    static final int PRIORITY_REQUEST = 1;
    static final int PRIORITY_EMOTION = 2;
    static final int PRIORITY_RISK = 3;


    /** A message the risk model reads as harm at least this surely goes to a human. */
    static final double AT_RISK = 0.5;

    private final EscalationSettings settings;
    private final CustomerDirectory customers;
    private final RiskReader risk;

    Escalation(EscalationSettings settings, CustomerDirectory customers, RiskReader risk) {
        this.settings = settings;
        this.customers = customers;
        this.risk = risk;
    }

    /**
     * @param tellsWhatWentWrong the message answers a flow's question for the customer's own words
     *                           (why they return it): disappointment in it is expected, only anger counts
     */
    Optional<HandoffRequest> beyondTheBot(DialogueTurn turn, boolean tellsWhatWentWrong) {
        if (risk.risk(turn.text(), turn.understanding().readingOr(turn.text()), turn.language()) >= AT_RISK) {
            return Optional.of(request("high_risk", PRIORITY_RISK, turn));
        }
        if (isAngry(turn.emotion()) || !tellsWhatWentWrong && !asksWithoutAnger(turn) && isRisingNegative(turn.emotion(), turn.emotionHistory())) {
            return Optional.of(request("negative_emotion", PRIORITY_EMOTION, turn));
        }
        return Optional.empty();
    }

    HandoffRequest request(String reason, int priority, DialogueTurn turn) {
        return new HandoffRequest(reason, priority + (isVip(turn.customerId()) ? 1 : 0));
    }

    int fallbacksInARow() {
        return settings.fallbacksInARow();
    }

    /** "之前退的那个水壶钱到了没": a question asked without anger wants its answer, however let down it sounds. */
    private static boolean asksWithoutAnger(DialogueTurn turn) {
        return Questions.isQuestion(turn.text()) && !"anger".equals(turn.emotion().label());
    }

    private boolean isAngry(EmotionReading emotion) {
        return "anger".equals(emotion.label()) && emotion.intensity() >= settings.angerIntensity();
    }

    private boolean isRisingNegative(EmotionReading now, List<EmotionReading> history) {
        int needed = settings.risingNegativeMessages();
        if (!now.isNegative() || !"rising".equals(now.trend()) || now.intensity() < settings.risingNegativeIntensity()
                || history.size() < needed - 1) {
            return false;
        }
        return history.subList(history.size() - (needed - 1), history.size()).stream().allMatch(EmotionReading::isNegative);
    }

    private boolean isVip(String customerId) {
        return customerId != null && customers.find(customerId).map(Customer::vip).orElse(false);
    }
}
