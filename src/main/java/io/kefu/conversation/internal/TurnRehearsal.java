package io.kefu.conversation.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.kefu.conversation.Mode;
import io.kefu.conversation.TurnResult;
import io.kefu.platform.Rehearsal;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays messages through the real turn pipeline as an anonymous customer's conversation that
 * leaves no trace: the conversation, its messages and whatever the turns write (an unanswered
 * question for curation, an order change) live in one transaction that is rolled back; the turns'
 * events are told to nobody (no meter, insight event, outbox item or live update); and the whole is a
 * {@link Rehearsal}, so no language model is called. The answer is serialised as the HTTP layer
 * would, which warms that part of the path too.
 */
@Component
class TurnRehearsal {

    private final Conversations conversations;
    private final TurnPipeline turns;
    private final TransactionTemplate transaction;
    private final StoreClock clock;
    private final JsonMapper json;

    TurnRehearsal(Conversations conversations, TurnPipeline turns, TransactionTemplate transaction, StoreClock clock, JsonMapper json) {
        this.conversations = conversations;
        this.turns = turns;
        this.transaction = transaction;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Plays {@code messages} in order in a throw-away conversation in {@code language}; when a turn
     * hands the conversation over (the bot would not answer the next), the rest go to a fresh one.
     *
     * @return how many turns were played
     */
    int play(String language, List<String> messages) {
        Integer played = transaction.execute(status -> {
            status.setRollbackOnly();
            return Rehearsal.run(() -> {
                String conversation = open(language);
                for (String message : messages) {
                    TurnResult result = turns.rehearse(conversation, message);
                    json.writeValueAsString(result);
                    if (result.state().mode() != Mode.BOT) {
                        conversation = open(language);
                    }
                }
                return messages.size();
            });
        });
        return played == null ? 0 : played;
    }

    private String open(String language) {
        var now = clock.now();
        ConversationRow row = new ConversationRow(TurnPipeline.newId(), null, Mode.BOT, language, "api", now, null, null, null, null, now, null);
        conversations.insert(row, CustomerTokens.hash(CustomerTokens.newToken()));
        return row.id();
    }
}
