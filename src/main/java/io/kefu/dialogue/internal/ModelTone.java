package io.kefu.dialogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.kefu.dialogue.Decision;
import io.kefu.dialogue.DialogueTurn;
import io.kefu.dialogue.Reply;
import io.kefu.llm.ReplyTone;

/**
 * The optional language model's tone: the first template reply of a turn, said to an upset or
 * pleased customer in words that fit, every fact kept. Where the model is not set, slow, or its
 * rewording is refused, the template opener of {@link Tone} is used instead.
 */
@Component
class ModelTone {

    private final ReplyTone model;

    ModelTone(ReplyTone model) {
        this.model = model;
    }

    /**
     * The decision with its first reply reworded by the model, or empty to let the template tone apply.
     * Not twice in a row for the same feeling, as the template opener is not.
     */
    Optional<Decision> apply(Decision decision, DialogueTurn turn, String lastTone, ModelBudget budget) {
        if (decision.replies().isEmpty() || decision.handoff() != null || !Tone.isNoticeable(turn.emotion())
                || turn.emotion().label().equals(lastTone)) {
            return Optional.empty();
        }
        Reply first = decision.replies().getFirst();
        if (first.sources().stream().anyMatch(source -> "llm".equals(source.type())) || !budget.take()) {
            return Optional.empty();
        }
        return model.rephrase(first.text(), turn.emotion().label(), turn.text(), turn.language()).map(rephrased -> {
            List<Reply.Source> sources = new ArrayList<>(first.sources());
            sources.addAll(ModelAnswers.sources(rephrased));
            List<Reply> replies = new ArrayList<>(decision.replies());
            replies.set(0, new Reply(rephrased.text(), first.quickReplies(), sources, first.cards()));
            return new Decision(replies, decision.handoff(), decision.queue(), decision.flow(), decision.state());
        });
    }
}
