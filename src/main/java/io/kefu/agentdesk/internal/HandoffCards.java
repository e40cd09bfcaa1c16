package io.kefu.agentdesk.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Customer;
import io.kefu.commerce.CustomerDirectory;
import io.kefu.commerce.Order;
import io.kefu.commerce.OrderBook;
import io.kefu.conversation.AnalysedMessage;
import io.kefu.conversation.ConversationService;
import io.kefu.conversation.ConversationView;
import io.kefu.conversation.Message;
import io.kefu.privacy.PiiMasker;

/**
 * The handoff card (API §3): everything the customer already told the bot, so the agent never
 * asks again — summary (and the optional model's, when it drafted one), intent and entities (the order id), the emotion of every customer message,
 * what the bot tried, the customer's profile and recent orders, and suggested replies.
 */
@Component
class HandoffCards {

    private static final int RECENT_ORDERS = 5;

    private final ConversationService conversations;
    private final CustomerDirectory customers;
    private final OrderBook orders;
    private final Assist assist;
    private final Summaries summaries;
    private final Skills skills;
    private final Handoffs handoffs;

    HandoffCards(ConversationService conversations, CustomerDirectory customers, OrderBook orders, Assist assist, Summaries summaries,
            Skills skills, Handoffs handoffs) {
        this.handoffs = handoffs;
        this.summaries = summaries;
        this.skills = skills;
        this.conversations = conversations;
        this.customers = customers;
        this.orders = orders;
        this.assist = assist;
    }

    /** What the customer wants, read from their messages: the latest real matter, merged entities, last words. */
    Understood understand(String conversationId) {
        List<AnalysedMessage> analysed = conversations.customerAnalyses(conversationId);
        String intent = null;
        String question = null;
        Map<String, Object> entities = new LinkedHashMap<>();
        for (AnalysedMessage message : analysed) {
            if (message.analysis() == null) {
                continue;
            }
            entities.putAll(message.analysis().entities());
            if (skills.isMatter(message.analysis().intent())) {
                intent = message.analysis().intent();
                question = message.message().text();
            }
        }
        String last = analysed.isEmpty() ? null : analysed.getLast().message().text();
        Object orderId = entities.get("orderId");
        return new Understood(intent, entities, orderId != null ? orderId.toString() : lastOrderTheBotCited(conversationId),
                question != null ? question : last, last, analysed);
    }

    /**
     * "我的订单到哪了" names no order, yet the bot found it (the customer's only open order): the
     * order the bot last answered about is the one the customer means.
     */
    private String lastOrderTheBotCited(String conversationId) {
        return conversations.view(conversationId, true).messages().reversed().stream()
            .flatMap(message -> message.sources().stream())
            .filter(source -> "order".equals(source.type()))
            .map(Message.Source::id)
            .findFirst().orElse(null);
    }

    HandoffCard card(HandoffRow row) {
        ConversationView view = conversations.view(row.conversationId(), true);
        Understood understood = understand(row.conversationId());
        List<EmotionPoint> history = understood.analysed().stream().filter(m -> m.analysis() != null && m.analysis().emotion() != null)
            .map(m -> new EmotionPoint(m.message().id(), m.analysis().emotion().label(), m.analysis().emotion().intensity(),
                    m.message().time()))
            .toList();
        var latest = understood.analysed().stream().filter(m -> m.analysis() != null && m.analysis().emotion() != null)
            .reduce((a, b) -> b).map(m -> m.analysis().emotion()).orElse(null);
        EmotionView emotion = new EmotionView(latest == null ? "neutral" : latest.label(), latest == null ? 0.0 : latest.intensity(),
                latest == null ? "steady" : latest.trend(), history);
        String summary = summaries.of(row.language(), understood.intent(), understood.orderId(), row.reason(), understood.lastText());
        return new HandoffCard(row.conversationId(), row.status(), row.assignedAgent(), row.language(), row.reason(), row.priority(),
                row.skill(), customer(view.customerId()), summary, handoffs.modelSummary(row.conversationId()).orElse(null),
                understood.intent(), understood.entities(), emotion,
                botAttempts(view, understood.analysed()), recentOrders(view.customerId()),
                assist.suggest(understood.question(), row.language(), view.customerId(), understood.orderId(), row.skill()),
                row.tags() == null || row.tags().isBlank() ? List.of() : List.of(row.tags().split(",")));
    }

    private Map<String, Object> customer(String customerId) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", customerId);
        Customer customer = customerId == null ? null : customers.find(customerId).orElse(null);
        profile.put("name", customer == null ? null : customer.name());
        profile.put("vip", customer != null && customer.vip());
        profile.put("tags", customer == null ? List.of() : customer.tags());
        profile.put("phone", customer == null ? null : PiiMasker.mask(customer.phone()));
        profile.put("email", customer == null ? null : PiiMasker.mask(customer.email()));
        profile.put("anonymous", customerId == null);
        return profile;
    }

    private List<Map<String, Object>> recentOrders(String customerId) {
        if (customerId == null) {
            return List.of();
        }
        return orders.ofCustomer(customerId).stream().limit(RECENT_ORDERS).map(HandoffCards::order).toList();
    }

    private static Map<String, Object> order(Order order) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("orderId", order.orderId());
        card.put("status", order.status().name());
        card.put("total", order.total());
        card.put("createdAt", order.createdAt());
        card.put("items", order.items());
        card.put("carrier", order.shipment() == null ? null : order.shipment().carrier());
        card.put("trackingNo", order.shipment() == null ? null : order.shipment().trackingNo());
        Order.Event latest = order.shipment() == null ? null : order.shipment().latestEvent();
        card.put("latestEvent", latest == null ? null : latest.description());
        return card;
    }

    /** Each bot reply with the customer message it answered: what the bot tried before the human. */
    private static List<BotAttempt> botAttempts(ConversationView view, List<AnalysedMessage> analysed) {
        Map<String, String> intents = new LinkedHashMap<>();
        analysed.stream().filter(m -> m.analysis() != null).forEach(m -> intents.put(m.message().id(), m.analysis().intent()));
        List<BotAttempt> attempts = new ArrayList<>();
        Message asked = null;
        for (Message message : view.messages()) {
            if ("customer".equals(message.role())) {
                asked = message;
            }
            else if ("bot".equals(message.role()) && asked != null) {
                attempts.add(new BotAttempt(asked.id(), asked.text(), intents.get(asked.id()), message.text(),
                        message.sources().stream().map(s -> s.type() + ":" + s.id()).toList(), message.time()));
            }
        }
        return attempts;
    }

    record Understood(String intent, Map<String, Object> entities, String orderId, String question, String lastText,
            List<AnalysedMessage> analysed) {
    }

    record HandoffCard(String conversationId, String status, String assignedAgent, String language, String reason, int priority,
            String skill, Map<String, Object> customer, String summary, ModelSummary modelSummary, String intent, Map<String, Object> entities, EmotionView emotion,
            List<BotAttempt> botAttempts, List<Map<String, Object>> orders, List<Assist.Suggestion> suggestedReplies, List<String> tags) {
    }

    /** The optional model's summary, shown labelled as AI-drafted beside the template one; null without it. */
    record ModelSummary(String text, String draftedBy) {
    }

    record EmotionView(String label, double intensity, String trend, List<EmotionPoint> history) {
    }

    record EmotionPoint(String messageId, String label, double intensity, OffsetDateTime time) {
    }

    record BotAttempt(String messageId, String customerSaid, String intent, String botReplied, List<String> sources, OffsetDateTime time) {
    }
}
