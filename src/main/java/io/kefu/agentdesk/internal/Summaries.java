package io.kefu.agentdesk.internal;

import java.util.Map;

/**
 * One or two sentences on what the customer wants, in the conversation's language, so the agent
 * can start without scrolling: the matter, the order, why the bot handed over, the last words.
 */
final class Summaries {

    private static final Map<String, String[]> MATTERS = Map.ofEntries(
            Map.entry("order_status", new String[] { "查询订单状态", "to know the status of an order" }),
            Map.entry("logistics", new String[] { "查询物流进度", "to know where a parcel is" }),
            Map.entry("return_request", new String[] { "申请退货", "to return an item" }),
            Map.entry("exchange_request", new String[] { "申请换货", "to exchange an item" }),
            Map.entry("refund_status", new String[] { "查询退款进度", "to know about a refund" }),
            Map.entry("cancel_order", new String[] { "取消订单", "to cancel an order" }),
            Map.entry("change_address", new String[] { "修改收货地址", "to change the delivery address" }),
            Map.entry("invoice", new String[] { "开具发票", "an invoice" }),
            Map.entry("price_protection", new String[] { "申请价格保护", "price protection" }),
            Map.entry("promotion_query", new String[] { "了解优惠活动", "to know about promotions" }),
            Map.entry("product_question", new String[] { "咨询商品信息", "to know about a product" }),
            Map.entry("product_search", new String[] { "寻找合适的商品", "to find a product" }),
            Map.entry("recommendation", new String[] { "获得商品推荐", "a recommendation" }),
            Map.entry("complaint", new String[] { "投诉", "to make a complaint" }),
            Map.entry("payment_issue", new String[] { "解决支付问题", "help with a payment" }));

    private static final Map<String, String[]> REASONS = Map.of(
            "customer_request", new String[] { "客户要求人工", "the customer asked for a human" },
            "negative_emotion", new String[] { "客户情绪激动", "the customer is upset" },
            "bot_failure", new String[] { "机器人未能解决", "the bot could not help" },
            "high_risk", new String[] { "高风险问题", "a high-risk matter" },
            "policy", new String[] { "按规定转人工", "store policy" },
            "takeover", new String[] { "主管接管", "a supervisor took over" });

    private static final int QUOTE_LIMIT = 80;

    private Summaries() {
    }

    static String of(String language, String intent, String orderId, String reason, String lastText) {
        boolean en = "en".equals(language);
        int i = en ? 1 : 0;
        String matter = intent != null && MATTERS.containsKey(intent) ? MATTERS.get(intent)[i] : en ? "help" : "咨询问题";
        String why = REASONS.containsKey(reason) ? REASONS.get(reason)[i] : reason;
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
