package io.kefu.dialogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import io.kefu.privacy.PiiMasker;

/**
 * What the bot remembers between turns of one conversation.
 *
 * @param fallbacks       consecutive turns the bot could not help with
 * @param lastReply       the last text said, so the next phrasing differs (personal data masked)
 * @param lastTone        the emotion the last reply was toned for, so its opener is not repeated
 * @param recentQuestions the customer's last messages, masked and normalised, to notice a repeated question
 * @param flow            the flow in progress, or null
 * @param suspended       flows the customer stepped out of, most recent last, to come back to
 * @param memory          what the conversation was about: orders, products, the promotion, for "另一个 / 它 / that one"
 * @param pendingIntent   the question the bot asked "which order?" for, answered by the next order reference
 * @param offered         FAQ entries offered as "did you mean" choices: entry id and the question shown
 * @param answeredFromKnowledge the knowledge source ({@code id@vN}) the last reply came from, whose
 *                        "did this help?" the next message may answer
 */
record DialogueState(int fallbacks, String lastReply, String lastTone, List<String> recentQuestions, ActiveFlow flow,
        List<ActiveFlow> suspended, Memory memory, String pendingIntent, List<Offer> offered, String answeredFromKnowledge) {

    static final DialogueState INITIAL = new DialogueState(0, null, null, List.of(), null, List.of(), Memory.EMPTY, null, List.of(), null);
    private static final int REMEMBERED_QUESTIONS = 3;
    /** Short messages ("好的", "嗯嗯", "yes") repeat naturally; only longer ones count as a repeated question. */
    private static final int REPEAT_MIN_LENGTH = 6;

    DialogueState {
        // The state is stored masked; kept masked here too, so that what is compared with it is
        // compared in the same form.
        lastReply = PiiMasker.mask(lastReply);
        suspended = suspended == null ? List.of() : List.copyOf(suspended);
        recentQuestions = recentQuestions == null ? List.of() : List.copyOf(recentQuestions);
        memory = memory == null ? Memory.EMPTY : memory;
        offered = offered == null ? List.of() : List.copyOf(offered);
    }

    /** An FAQ entry offered as a choice, and the question the button shows. */
    record Offer(String entryId, String question) {
    }

    /**
     * What the conversation was about, for replies that refer back.
     *
     * @param orderId   the order last talked about
     * @param orders    the orders last offered or listed, to tell "the other one"
     * @param intent    the order question last answered ("where is it", "the refund"), asked again of another order
     * @param sku       the product last talked about
     * @param shown     the products last listed
     * @param search    the constraints of the last product search, for "那蓝色的呢" / "the cheaper one"
     * @param promotion the promotion last talked about
     */
    record Memory(String orderId, List<String> orders, String intent, String sku, List<String> shown, Map<String, Object> search,
            String promotion) {

        static final Memory EMPTY = new Memory(null, List.of(), null, null, List.of(), null, null);

        Memory {
            orders = orders == null ? List.of() : List.copyOf(orders);
            shown = shown == null ? List.of() : List.copyOf(shown);
        }

        Memory withOrder(String id, String askedIntent) {
            return new Memory(id, orders, askedIntent != null ? askedIntent : intent, sku, shown, search, promotion);
        }

        Memory withOrders(List<String> ids) {
            return new Memory(orderId, ids, intent, sku, shown, search, promotion);
        }

        Memory withProduct(String productSku) {
            return new Memory(orderId, orders, intent, productSku, shown, search, promotion);
        }

        /** A product described becomes what "cheaper" and "the blue one" go from, not the search before it. */
        Memory withDescribed(String productSku) {
            return new Memory(orderId, orders, intent, productSku, shown, null, promotion);
        }

        Memory withListing(List<String> skus, Map<String, Object> constraints) {
            // the best of a listing is what "它" means next
            return new Memory(orderId, orders, intent, skus.isEmpty() ? sku : skus.getFirst(), skus, constraints, promotion);
        }

        Memory withPromotion(String id) {
            return new Memory(orderId, orders, intent, sku, shown, search, id);
        }
    }

    /** A changed copy: {@code change} sets fields of a builder that starts as this state. */
    DialogueState with(Consumer<Builder> change) {
        Builder builder = new Builder(this);
        change.accept(builder);
        return builder.build();
    }

    /** The bot answered: no miss any more, the one-turn questions (which order, did you mean, did it help) are settled. */
    DialogueState helped(String reply) {
        return with(b -> {
            b.fallbacks = 0;
            b.lastReply = reply;
            b.pendingIntent = null;
            b.offered = List.of();
            b.answeredFromKnowledge = null;
        });
    }

    DialogueState failed(String reply) {
        return with(b -> {
            b.fallbacks = fallbacks + 1;
            b.lastReply = reply;
            b.offered = List.of();
            b.answeredFromKnowledge = null;
        });
    }

    DialogueState remember(Memory changed) {
        return with(b -> b.memory = changed);
    }

    DialogueState withFlow(ActiveFlow active) {
        String order = active != null ? active.slots().get("orderId") : null;
        return with(b -> {
            b.flow = active;
            if (order != null) {
                b.memory = memory.withOrder(order, null);
            }
        });
    }

    /** Steps out of the current flow, keeping it to resume later. */
    DialogueState suspendFlow() {
        if (flow == null) {
            return this;
        }
        List<ActiveFlow> kept = new ArrayList<>(suspended.stream().filter(f -> !f.name().equals(flow.name())).toList());
        kept.add(flow);
        return with(b -> {
            b.flow = null;
            b.suspended = kept;
        });
    }

    /** The suspended flow of that name, or null. */
    ActiveFlow suspendedFlow(String name) {
        return suspended.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    DialogueState resume(ActiveFlow active) {
        return with(b -> {
            b.flow = active;
            b.suspended = suspended.stream().filter(f -> !f.name().equals(active.name())).toList();
        });
    }

    /** Remembers the customer's message for noticing repeats. */
    DialogueState heard(String text) {
        List<String> recent = new ArrayList<>(recentQuestions);
        recent.add(normalise(text));
        while (recent.size() > REMEMBERED_QUESTIONS) {
            recent.removeFirst();
        }
        return with(b -> b.recentQuestions = recent);
    }

    /** Whether the bot is about to say again what it said last. */
    boolean saidLast(String reply) {
        return reply != null && PiiMasker.mask(reply).equals(lastReply);
    }

    /** Whether the customer asks again what they asked just before, outside a flow's questions. */
    boolean isRepeatOf(String text) {
        String normalised = normalise(text);
        return flow == null && normalised.length() >= REPEAT_MIN_LENGTH && !recentQuestions.isEmpty()
                && recentQuestions.getLast().equals(normalised);
    }

    /** Masked before the separators go: "电话：138 1234 5678，2件" must not become one long digit run. */
    private static String normalise(String text) {
        return PiiMasker.mask(text).toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s~～]+", "");
    }

    /** The fields of a state, to change some and build a new one. */
    static final class Builder {

        int fallbacks;
        String lastReply;
        String lastTone;
        List<String> recentQuestions;
        ActiveFlow flow;
        List<ActiveFlow> suspended;
        Memory memory;
        String pendingIntent;
        List<Offer> offered;
        String answeredFromKnowledge;

        private Builder(DialogueState state) {
            fallbacks = state.fallbacks;
            lastReply = state.lastReply;
            lastTone = state.lastTone;
            recentQuestions = state.recentQuestions;
            flow = state.flow;
            suspended = state.suspended;
            memory = state.memory;
            pendingIntent = state.pendingIntent;
            offered = state.offered;
            answeredFromKnowledge = state.answeredFromKnowledge;
        }

        private DialogueState build() {
            return new DialogueState(fallbacks, lastReply, lastTone, recentQuestions, flow, suspended, memory, pendingIntent, offered,
                    answeredFromKnowledge);
        }
    }
}
