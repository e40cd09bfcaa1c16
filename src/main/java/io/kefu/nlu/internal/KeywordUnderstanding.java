package io.kefu.nlu.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.kefu.nlu.LanguageUnderstanding;
import io.kefu.nlu.Understanding;

/**
 * Keyword rules that keep the turn pipeline honest until the trained classifier lands: a few
 * unmistakable phrasings per intent, everything else out of scope.
 */
@Component
class KeywordUnderstanding implements LanguageUnderstanding {

    private static final Map<String, Pattern> RULES = new LinkedHashMap<>();

    static {
        RULES.put("human_agent", Pattern.compile("人工|真人|客服经理|human|agent|real person"));
        RULES.put("cancel_order", Pattern.compile("取消订单|cancel"));
        RULES.put("change_address", Pattern.compile("改地址|修改地址|change.*address"));
        RULES.put("exchange_request", Pattern.compile("换货|exchange"));
        RULES.put("refund_status", Pattern.compile("退款|refund"));
        RULES.put("invoice", Pattern.compile("发票|invoice"));
        RULES.put("price_protection", Pattern.compile("价保|降价|price protection"));
        RULES.put("promotion_query", Pattern.compile("优惠|活动|promotion|coupon"));
        RULES.put("logistics", Pattern.compile("物流|快递|到哪|发货|tracking|shipping|where is my"));
        RULES.put("return_request", Pattern.compile("退货|return"));
        RULES.put("order_status", Pattern.compile("订单|order"));
        RULES.put("thanks", Pattern.compile("谢谢|感谢|thank"));
        RULES.put("greeting", Pattern.compile("^(你好|您好|在吗|hi|hello|hey)"));
        RULES.put("goodbye", Pattern.compile("再见|拜拜|bye"));
    }

    private final LanguageDetection languages;
    private final EntityExtraction extraction;

    KeywordUnderstanding(LanguageDetection languages, EntityExtraction extraction) {
        this.languages = languages;
        this.extraction = extraction;
    }

    @Override
    public Understanding understand(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String language = languages.detect(text);
        Map<String, Object> entities = extraction.extract(text, language);
        for (Map.Entry<String, Pattern> rule : RULES.entrySet()) {
            if (rule.getValue().matcher(lower).find()) {
                return new Understanding(language, rule.getKey(), 0.9, List.of(new Understanding.IntentScore(rule.getKey(), 0.9)), entities);
            }
        }
        return new Understanding(language, Understanding.OUT_OF_SCOPE, 0.5, List.of(), entities);
    }
}
