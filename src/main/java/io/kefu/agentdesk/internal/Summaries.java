package io.kefu.agentdesk.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.kefu.dialogue.IntentCatalogue;

/**
 * One or two sentences on what the customer wants, in the conversation's language, so the agent
 * can start without scrolling: the matter (from the intent catalogue), the order, why the bot
 * handed over, the last words.
 */
@Component
class Summaries {

    private static final Map<String, String[]> REASONS = Map.of(
            "customer_request", new String[] { "客户要求人工", "the customer asked for a human" },
            "negative_emotion", new String[] { "客户情绪激动", "the customer is upset" },
            "bot_failure", new String[] { "机器人未能解决", "the bot could not help" },
            "high_risk", new String[] { "高风险问题", "a high-risk matter" },
            "policy", new String[] { "按规定转人工", "store policy" },
            "takeover", new String[] { "主管接管", "a supervisor took over" });

    private static final int QUOTE_LIMIT = 80;

    private final IntentCatalogue catalogue;

    Summaries(IntentCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    String of(String language, String intent, String orderId, String reason, String lastText) {
        boolean en = "en".equals(language);
        String matter = catalogue.find(intent).flatMap(i -> i.matter(language)).orElse(en ? "help" : "咨询问题");
        String why = REASONS.containsKey(reason) ? REASONS.get(reason)[en ? 1 : 0] : reason;
        String quote = lastText == null ? null
                : lastText.length() > QUOTE_LIMIT ? lastText.substring(0, QUOTE_LIMIT) + "…" : lastText;
        if (en) {
            return "The customer wants " + matter + (orderId != null ? " (order " + orderId + ")" : "") + "; handed over because "
                    + why + "." + (quote != null ? " Last said: \"" + quote + "\"" : "");
        }
        return "客户希望" + matter + (orderId != null ? "（订单 " + orderId + "）" : "") + "；转人工原因：" + why + "。"
                + (quote != null ? "客户最后说：“" + quote + "”" : "");
    }
}
