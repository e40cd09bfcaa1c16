package io.kefu.channel.internal;

/**
 * What the outbox holds for one delivery: a message ({@code kind} message, with its id, role and
 * text), or the conversation's new mode ({@code kind} mode: bot, queued, agent, closed), which
 * platforms with their own session state (WeCom) are told in order with the messages.
 */
record OutboundItem(String kind, String messageId, String role, String text, String mode) {

    static final String MESSAGE = "message";
    static final String MODE = "mode";

    static OutboundItem message(String messageId, String role, String text) {
        return new OutboundItem(MESSAGE, messageId, role, text, null);
    }

    static OutboundItem mode(String mode) {
        return new OutboundItem(MODE, null, null, null, mode);
    }

    boolean isMessage() {
        return MESSAGE.equals(kind);
    }
}
