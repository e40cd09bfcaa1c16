package io.kefu.conversation;

/** A customer message with what was understood of it when it arrived (intent, entities, emotion). */
public record AnalysedMessage(Message message, TurnResult.Analysis analysis) {
}
