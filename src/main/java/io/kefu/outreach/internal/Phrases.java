package io.kefu.outreach.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.kefu.commerce.Order;

/**
 * What the proactive messages say, in the conversation's language. Every fact comes from the
 * store's records (order, carrier, tracking, items, amounts); only the wording is fixed here.
 */
final class Phrases {

    private static final DateTimeFormatter ZH_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm", Locale.CHINESE);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("MMM d, HH:mm", Locale.ENGLISH);

    private Phrases() {
    }

    /** {@code last}: the newest tracking event, or null when the parcel has none since it was shipped. */
    static String stalledShipment(String language, Order order, Order.Event last, OffsetDateTime since, ZoneId zone) {
        Order.Shipment shipment = order.shipment();
        String when = time(language, since, zone);
        boolean en = "en".equals(language);
        String lastEntry = last == null ? (en ? "shipped" : "已发货")
                : (last.location() == null || last.location().isBlank() ? "" : last.location() + (en ? ", " : " ")) + last.description();
        return en ? "Your order " + order.orderId() + " (" + shipment.carrier() + " " + shipment.trackingNo() + ") has had no tracking update since "
                + when + "; the last entry reads: " + lastEntry + ". We are checking with the carrier and will tell you as soon as we hear back. "
                + "Reply here if you have any questions."
                : "您的订单 " + order.orderId() + "（" + shipment.carrier() + " " + shipment.trackingNo() + "）自 " + when
                        + " 起物流信息没有更新，最后一条记录是：" + lastEntry + "。我们正在向快递公司核实，有进展会第一时间告诉您。如有疑问，直接回复即可。";
    }

    static String unpaidOrder(String language, Order order, String items, String currency) {
        String amount = money(order.total(), currency);
        return "en".equals(language)
                ? "Your order " + order.orderId() + " is waiting for payment: " + items + ", " + amount + " in total. "
                        + "If you still want it, you can complete the payment now; reply here if anything is unclear."
                : "您的订单 " + order.orderId() + " 还未付款：" + items + "，共 " + amount + "。如仍需要，可尽快完成支付；有任何疑问，直接回复即可。";
    }

    static String item(String language, String name, int quantity) {
        return "en".equals(language) ? name + " × " + quantity : name + " ×" + quantity;
    }

    static String itemSeparator(String language) {
        return "en".equals(language) ? ", " : "、";
    }

    static String serviceRecovery(String language, BigDecimal value, String currency, String code) {
        String amount = money(value, currency);
        return "en".equals(language)
                ? "We are sorry about the trouble you had with us. As an apology, here is a coupon worth " + amount
                        + " for your next order: " + code + ". Thank you for bearing with us."
                : "很抱歉之前给您带来了不好的体验。为表歉意，我们为您准备了一张 " + amount + " 的优惠券，券码 " + code
                        + "，下次下单时可用。感谢您的理解与包容。";
    }

    static String money(BigDecimal amount, String currency) {
        String plain = amount.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return "CNY".equals(currency) ? "¥" + plain : plain + " " + currency;
    }

    private static String time(String language, OffsetDateTime time, ZoneId zone) {
        return time.atZoneSameInstant(zone).format("en".equals(language) ? EN_TIME : ZH_TIME);
    }
}
