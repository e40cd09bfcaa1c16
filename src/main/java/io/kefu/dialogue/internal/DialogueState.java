package io.kefu.dialogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kefu.privacy.PiiMasker;

/**
 * What the bot remembers between turns of one conversation.
 *
 * @param fallbacks       consecutive turns the bot could not help with
 * @param lastOrderId     the order last talked about
 * @param lastReply       the last text said, so the next phrasing differs (personal data masked)
 * @param flow            the flow in progress, or null
 * @param suspended       flows the customer stepped out of, most recent last, to come back to
 * @param recentQuestions the customer's last messages, masked and normalised, to notice a repeated question
 * @param lastTone        the emotion the last reply was toned for, so its opener is not repeated
 * @param pendingIntent   the question the bot asked "which order?" for, answered by the next order id
 * @param lastProducts    the constraints of the last product search, for "那蓝色的呢" / "the cheaper one"
 * @param answeredFromKnowledge the knowledge source ({@code id@vN}) the last reply came from, whose
 *                        "did this help?" the next message may answer
 */
record DialogueState(int fallbacks, String lastOrderId, String lastReply, ActiveFlow flow, List<ActiveFlow> suspended,
        List<String> recentQuestions, String lastTone, String pendingIntent, Map<String, Object> lastProducts,
        String answeredFromKnowledge) {

    static final DialogueState INITIAL = new DialogueState(0, null, null, null, List.of(), List.of(), null, null, null, null);
    private static final int REMEMBERED_QUESTIONS = 3;
    /** Short messages ("好的", "嗯嗯", "yes") repeat naturally; only longer ones count as a repeated question. */
    private static final int REPEAT_MIN_LENGTH = 6;

    DialogueState {
        // The state is stored masked; kept masked here too, so that what is compared with it is
        // compared in the same form.
        lastReply = PiiMasker.mask(lastReply);
        suspended = suspended == null ? List.of() : List.copyOf(suspended);
        recentQuestions = recentQuestions == null ? List.of() : List.copyOf(recentQuestions);
    }

    DialogueState helped(String orderId, String reply) {
        return new DialogueState(0, orderId != null ? orderId : lastOrderId, reply, flow, suspended, recentQuestions, lastTone, null, lastProducts, null);
    }

    DialogueState searched(Map<String, Object> constraints) {
        return new DialogueState(fallbacks, lastOrderId, lastReply, flow, suspended, recentQuestions, lastTone, pendingIntent, constraints, answeredFromKnowledge);
    }

    DialogueState answeredFrom(String knowledgeSource) {
        return new DialogueState(fallbacks, lastOrderId, lastReply, flow, suspended, recentQuestions, lastTone, pendingIntent, lastProducts,
                knowledgeSource);
    }

    /** The bot asked which order the customer means for this intent. */
    DialogueState askedWhichOrderFor(String intent) {
        return new DialogueState(fallbacks, lastOrderId, lastReply, flow, suspended, recentQuestions, lastTone, intent, lastProducts, answeredFromKnowledge);
    }

    DialogueState failed(String reply) {
        return new DialogueState(fallbacks + 1, lastOrderId, reply, flow, suspended, recentQuestions, lastTone, pendingIntent, lastProducts, null);
    }

    DialogueState withFlow(ActiveFlow active) {
        String order = active != null && active.slots().get("orderId") != null ? active.slots().get("orderId") : lastOrderId;
        return new DialogueState(fallbacks, order, lastReply, active, suspended, recentQuestions, lastTone, pendingIntent, lastProducts, answeredFromKnowledge);
    }

    /** Steps out of the current flow, keeping it to resume later. */
    DialogueState suspendFlow() {
        if (flow == null) {
            return this;
        }
        List<ActiveFlow> kept = new ArrayList<>(suspended.stream().filter(f -> !f.name().equals(flow.name())).toList());
        kept.add(flow);
        return new DialogueState(fallbacks, lastOrderId, lastReply, null, kept, recentQuestions, lastTone, pendingIntent, lastProducts, answeredFromKnowledge);
    }

    /** The suspended flow of that name, or null. */
    ActiveFlow suspendedFlow(String name) {
        return suspended.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    DialogueState resume(ActiveFlow active) {
        return new DialogueState(fallbacks, lastOrderId, lastReply, active,
                suspended.stream().filter(f -> !f.name().equals(active.name())).toList(), recentQuestions, lastTone, pendingIntent, lastProducts,
                answeredFromKnowledge);
    }

    DialogueState toned(String tone) {
        return new DialogueState(fallbacks, lastOrderId, lastReply, flow, suspended, recentQuestions, tone, pendingIntent, lastProducts, answeredFromKnowledge);
    }

    /** Remembers the customer's message for noticing repeats. */
    DialogueState heard(String text) {
        List<String> recent = new ArrayList<>(recentQuestions);
        recent.add(normalise(text));
        while (recent.size() > REMEMBERED_QUESTIONS) {
            recent.removeFirst();
        }
        return new DialogueState(fallbacks, lastOrderId, lastReply, flow, suspended, recent, lastTone, pendingIntent, lastProducts, answeredFromKnowledge);
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
}
