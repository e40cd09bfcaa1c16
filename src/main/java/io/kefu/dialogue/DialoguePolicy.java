package io.kefu.dialogue;

/**
 * Decides what the bot does with each customer message and composes what it says.
 */
public interface DialoguePolicy {

    /** The opening message of a conversation: discloses the AI and offers a human. */
    Reply greet(String language, String customerId);

    /** Never returns null. */
    Decision decide(DialogueTurn turn);
}
