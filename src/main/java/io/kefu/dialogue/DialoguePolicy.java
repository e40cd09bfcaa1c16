package io.kefu.dialogue;

/**
 * Decides what the bot does with each customer message and composes what it says.
 */
public interface DialoguePolicy {

    /** The opening message of a conversation: discloses the AI and offers a human. */
    Reply greet(String language, String customerId);

    /** Never returns null. */
    Decision decide(DialogueTurn turn);

    /**
     * A message written while the customer waits for a human: a reason to serve them sooner than the
     * waiting handoff's priority says (a threat, harm told, anger), if it gives one; never null.
     */
    java.util.Optional<HandoffRequest> raise(DialogueTurn turn, int waitingPriority);
}
