package io.kefu.dialogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.kefu.commerce.CustomerDirectory;
import io.kefu.dialogue.DialogueTurn;
import io.kefu.dialogue.Reply;
import io.kefu.llm.Generated;
import io.kefu.llm.GroundedAnswers;

/**
 * The optional language model's turn, where the bot has nothing of its own to say: an answer
 * from the retrieved store facts, citing them and the model. Without a model, or when it does not
 * know or the guardrails refuse its text, the caller's fallback stands unchanged.
 */
@Component
class ModelAnswers {

    private final GroundedAnswers model;
    private final StoreFacts facts;
    private final CustomerDirectory customers;
    private final QuickMenu menu;

    ModelAnswers(GroundedAnswers model, StoreFacts facts, CustomerDirectory customers, QuickMenu menu) {
        this.model = model;
        this.facts = facts;
        this.customers = customers;
        this.menu = menu;
    }

    /** Empty unless the model answered within its budget and the guardrails let the answer through. */
    Optional<Answer> answer(DialogueTurn turn, ModelBudget budget) {
        // no retrieval, and no budget spent, for a model that will not be asked
        if (!model.available() || !budget.take()) {
            return Optional.empty();
        }
        return model.answer(turn.text(), turn.language(), facts.about(turn.text(), turn.language()),
                customers.personalValues(turn.customerId()))
            .map(answer -> Answer.specific(new Reply(answer.text(), List.of(menu.human(turn.language())), sources(answer), List.of())));
    }

    static List<Reply.Source> sources(Generated answer) {
        List<Reply.Source> sources = new ArrayList<>(answer.facts().stream().map(fact -> new Reply.Source(fact.type(), fact.id())).toList());
        sources.add(new Reply.Source("llm", answer.model()));
        return sources;
    }
}
