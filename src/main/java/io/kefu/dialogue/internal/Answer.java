package io.kefu.dialogue.internal;

import java.util.List;
import java.util.function.UnaryOperator;

import io.kefu.dialogue.Reply;

/**
 * An answerer's reply, how well it is grounded, and what the conversation should remember of it.
 *
 * @param grounding SPECIFIC when built from the store's records for this customer or question (an
 *                  order, a product's asked attribute, a promotion), BROWSING when it shows records
 *                  without answering anything in particular (a product list, a product's
 *                  description), CLARIFYING when it asks back about those records ("which order?"),
 *                  ABSENCE when the records lack what was asked for ("we don't sell that"), GENERIC
 *                  when only a built-in text, NONE when the answerer has nothing to say; the
 *                  merchant's FAQ outranks ABSENCE, GENERIC and NONE when it answers, and BROWSING
 *                  when it is surer
 * @param remember  applied to the state after the bot said this
 */
record Answer(List<Reply> replies, Grounding grounding, UnaryOperator<DialogueState> remember) {

    enum Grounding { SPECIFIC, BROWSING, CLARIFYING, ABSENCE, GENERIC, NONE }

    static final Answer NONE = new Answer(List.of(), Grounding.NONE, UnaryOperator.identity());

    Answer {
        replies = List.copyOf(replies);
    }

    static Answer specific(Reply reply, UnaryOperator<DialogueState> remember) {
        return new Answer(List.of(reply), Grounding.SPECIFIC, remember);
    }

    static Answer specific(Reply reply) {
        return specific(reply, UnaryOperator.identity());
    }

    static Answer browsing(Reply reply, UnaryOperator<DialogueState> remember) {
        return new Answer(List.of(reply), Grounding.BROWSING, remember);
    }

    /**
     * Nothing in the store's records is what was asked for. Said only when the FAQ has no answer: a
     * question the merchant's FAQ answers ("开了盖能放多久") was a question, not a product asked for.
     */
    static Answer absence(Reply reply, UnaryOperator<DialogueState> remember) {
        return new Answer(List.of(reply), Grounding.ABSENCE, remember);
    }

    static Answer generic(Reply reply) {
        return new Answer(List.of(reply), Grounding.GENERIC, UnaryOperator.identity());
    }

    static Answer clarifying(Reply reply, UnaryOperator<DialogueState> remember) {
        return new Answer(List.of(reply), Grounding.CLARIFYING, remember);
    }

    /** This answer, then the other's replies; grounded as this one, remembering both. */
    Answer followedBy(Answer other) {
        List<Reply> both = new java.util.ArrayList<>(replies);
        both.addAll(other.replies());
        UnaryOperator<DialogueState> first = remember;
        return new Answer(both, grounding, state -> other.remember().apply(first.apply(state)));
    }

    /** Built from the store's records: it outranks the FAQ. */
    boolean isSpecific() {
        return grounding == Grounding.SPECIFIC || grounding == Grounding.BROWSING || grounding == Grounding.CLARIFYING;
    }
}
