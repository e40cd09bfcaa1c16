package io.kefu.dialogue.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Customer;
import io.kefu.commerce.CustomerDirectory;
import io.kefu.dialogue.DialogueTurn;
import io.kefu.dialogue.EscalationSettings;
import io.kefu.dialogue.HandoffRequest;
import io.kefu.emotion.EmotionReading;

/**
 * The rules that bring in a human without being asked: high-risk topics first (legal threats,
 * consumer-authority complaints, injury or safety, fraud, double charges), then anger or rising
 * negative feeling. The customer's own request and the bot's failures are decided by the policy.
 * VIP customers are served first within the same reason.
 */
@Component
class Escalation {

    static final int PRIORITY_REQUEST = 1;
    static final int PRIORITY_EMOTION = 2;
    static final int PRIORITY_RISK = 3;

    private static final Pattern HIGH_RISK = Pattern.compile(String.join("|",
            "律师|起诉|法院|打官司|法律责任|(?<!\\d)(?:12315|12345)(?!\\d)|消协|消费者协会|工商局|市场监管|曝光|媒体",
            "受伤|烫伤|烧伤|割伤|爆炸|起火|着火|冒烟|漏电|触电|过敏|中毒|住院",
            "诈骗|骗钱|盗刷|被盗|冒用|假冒.*账户",
            "扣了两次|扣两次|重复扣款|多扣|扣款两次|付了两次",
            "lawyer|attorney|\\bsue\\b|lawsuit|legal action|court|consumer protection|bbb|injur|hurt myself|burn|explod|caught fire|smoke|electric shock|allerg|poison",
            "fraud|scam|stolen card|unauthori[sz]ed|charged twice|double[- ]charged|charged two times"));

    private final EscalationSettings settings;
    private final CustomerDirectory customers;

    Escalation(EscalationSettings settings, CustomerDirectory customers) {
        this.settings = settings;
        this.customers = customers;
    }

    Optional<HandoffRequest> beyondTheBot(DialogueTurn turn) {
        if (HIGH_RISK.matcher(turn.text().toLowerCase(Locale.ROOT)).find()) {
            return Optional.of(request("high_risk", PRIORITY_RISK, turn));
        }
        if (isAngry(turn.emotion()) || isRisingNegative(turn.emotion(), turn.emotionHistory())) {
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
