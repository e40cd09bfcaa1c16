package io.kefu.outreach.internal;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.kefu.commerce.CustomerDirectory;
import io.kefu.conversation.Consent;
import io.kefu.conversation.Consents;
import io.kefu.conversation.ConversationService;
import io.kefu.conversation.Message;
import io.kefu.conversation.OpenConversation;
import io.kefu.outreach.OutreachRules;

/**
 * Sends one occasion's message, or decides not to. One transaction holds the rules' row: on any
 * number of nodes one message is sent at a time, so the occasion is taken once, the shopper's daily
 * limit and the month's coupon budget count every message before it, and the message, its record
 * and the conversation it opened are stored together or not at all.
 */
@Component
class Sender {

    enum Outcome {
        SENT, ALREADY_SENT, RULE_OFF, UNKNOWN_CUSTOMER, OPTED_OUT, DAILY_LIMIT, BUDGET_SPENT
    }

    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RulesTable rules;
    private final SentMessages sent;
    private final Consents consents;
    private final ConversationService conversations;
    private final CustomerDirectory customers;

    Sender(RulesTable rules, SentMessages sent, Consents consents, ConversationService conversations, CustomerDirectory customers) {
        this.customers = customers;
        this.rules = rules;
        this.sent = sent;
        this.consents = consents;
        this.conversations = conversations;
    }

    @Transactional
    Outcome send(Occasion occasion, OffsetDateTime now) {
        OutreachRules current = rules.lock();
        if (sent.contains(occasion.rule(), occasion.subject())) {
            return Outcome.ALREADY_SENT;
        }
        if (!switchedOn(current, occasion)) {
            return Outcome.RULE_OFF; // switched off since the occasion was found
        }
        if (customers.find(occasion.customerId()).isEmpty()) {
            return Outcome.UNKNOWN_CUSTOMER; // erased, or an order the merchant synced before its customer
        }
        if (!consents.granted(occasion.customerId(), Consent.PROACTIVE_MESSAGES, true)) {
            return Outcome.OPTED_OUT;
        }
        if (sent.toCustomerSince(occasion.customerId(), now.minusDays(1)) >= current.maxPerCustomerPerDay()) {
            return Outcome.DAILY_LIMIT;
        }
        String code = null;
        if (occasion.coupon() != null) {
            BigDecimal spent = sent.couponsSince(now.toLocalDate().withDayOfMonth(1).atStartOfDay().atOffset(now.getOffset()));
            if (spent.add(occasion.coupon()).compareTo(current.serviceRecovery().monthlyBudget()) > 0) {
                return Outcome.BUDGET_SPENT;
            }
            code = couponCode();
        }
        OpenConversation conversation = conversations.conversationToReach(occasion.customerId());
        List<Message.Source> sources = occasion.orderId() == null ? List.of(new Message.Source("proactive", occasion.rule().wire()))
                : List.of(new Message.Source("proactive", occasion.rule().wire()), new Message.Source("order", occasion.orderId()));
        Message message = conversations.postUnprompted(conversation.id(), occasion.wording().text(conversation.language(), code), sources);
        sent.add(new SentMessages.Sent(UUID.randomUUID().toString(), occasion.rule(), occasion.subject(), occasion.customerId(),
                occasion.orderId(), conversation.id(), message.id(), code, occasion.coupon(), now, null));
        return Outcome.SENT;
    }

    private static boolean switchedOn(OutreachRules rules, Occasion occasion) {
        return switch (occasion.rule()) {
            case STALLED_SHIPMENT -> rules.stalledShipment().enabled();
            case UNPAID_ORDER -> rules.unpaidOrder().enabled();
            case SERVICE_RECOVERY -> rules.serviceRecovery().enabled();
        };
    }

    private static String couponCode() {
        StringBuilder code = new StringBuilder("KF");
        for (int i = 0; i < 8; i++) {
            code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }
}
