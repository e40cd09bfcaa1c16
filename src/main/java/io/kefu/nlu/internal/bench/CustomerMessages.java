package io.kefu.nlu.internal.bench;

import java.util.List;
import java.util.Random;

/**
 * A realistic mix of what shoppers type, in Chinese and English: order and logistics questions,
 * returns, invoices, product questions, small talk. Requests for a human are left out on purpose:
 * they move the conversation to the agent queue, where the bot no longer answers, and the bench
 * measures the bot.
 */
final class CustomerMessages {

    private static final List<String> MESSAGES = List.of(
            "你好", "我的订单到哪了", "查一下订单E1001的物流", "快递怎么还没到", "我想退货", "这个可以换个尺码吗",
            "退款什么时候到账", "帮我取消订单", "收货地址写错了，能改吗", "怎么开发票", "买贵了能保价吗",
            "现在有什么优惠活动", "这款手机防水吗", "有没有5000毫安以上的手机", "推荐一款500到800元的耳机",
            "付款失败了怎么办", "查下物流，顺便开个发票", "谢谢", "好的，再见", "你们几点下班", "这个衣服起球吗",
            "发什么快递", "有没有红色的", "能便宜点吗", "支付宝付不了款",
            "hi there", "where is my order", "track order E1002 please", "I want to return these shoes",
            "can I exchange it for a larger size", "when will I get my refund", "please cancel my order",
            "I need to change my shipping address", "can I get an invoice", "the price dropped after I bought it",
            "any discounts this week", "is this phone waterproof", "recommend headphones under $50",
            "my payment failed", "thanks a lot", "bye", "what are your opening hours");

    private CustomerMessages() {
    }

    static String pick(Random random) {
        return MESSAGES.get(random.nextInt(MESSAGES.size()));
    }

    static List<String> all() {
        return MESSAGES;
    }
}
