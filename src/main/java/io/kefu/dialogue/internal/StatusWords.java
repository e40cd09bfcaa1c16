package io.kefu.dialogue.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.kefu.commerce.OrderStatus;

/**
 * How shoppers describe an order by where it stands ("没付款的那单", "the one that hasn't shipped"):
 * closed-class phrases of the two languages, mapped to the order statuses they can mean.
 */
final class StatusWords {

    private static final Map<Pattern, Set<OrderStatus>> PHRASES = Map.of(
            Pattern.compile("没付款|未付款|待付款|没付钱|没给钱|没支付|未支付|待支付|\\bunpaid\\b|not paid|haven'?t paid|pending payment|awaiting payment"),
            EnumSet.of(OrderStatus.PENDING_PAYMENT),
            Pattern.compile("没发货|未发货|还没发|待发货|没寄出|\\bnot (?:yet )?shipped\\b|hasn'?t shipped|not sent"), EnumSet.of(OrderStatus.PAID),
            Pattern.compile("在路上|运输中|已发货|发货了的|派送中|\\bon (?:its|the) way\\b|in transit"), EnumSet.of(OrderStatus.SHIPPED),
            Pattern.compile("已签收|签收了的|收到了的|已经到了的|\\bdelivered\\b|already received"), EnumSet.of(OrderStatus.DELIVERED),
            Pattern.compile("取消了的|已取消|被取消|\\bcancell?ed\\b"), EnumSet.of(OrderStatus.CANCELLED),
            Pattern.compile("退(?:货)?的那|在退的|退了的|退掉的|退款的那|\\breturned\\b|being returned|refunded one"),
            EnumSet.of(OrderStatus.RETURN_REQUESTED, OrderStatus.RETURNED, OrderStatus.REFUNDED));

    private StatusWords() {
    }

    /** The statuses the text describes an order by; empty when it describes none. */
    static Set<OrderStatus> named(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<OrderStatus> named = EnumSet.noneOf(OrderStatus.class);
        PHRASES.forEach((phrase, statuses) -> {
            if (phrase.matcher(lower).find()) {
                named.addAll(statuses);
            }
        });
        return named;
    }
}
