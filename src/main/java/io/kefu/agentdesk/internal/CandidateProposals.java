package io.kefu.agentdesk.internal;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.kefu.conversation.ConversationService;
import io.kefu.conversation.ConversationView;
import io.kefu.conversation.Message;
import io.kefu.knowledge.Candidate;
import io.kefu.knowledge.KnowledgeCuration;
import io.kefu.llm.ConversationDrafts;

/**
 * Turns a resolved conversation into a candidate FAQ entry for a supervisor to approve or reject:
 * the agent's last answer and the customer message it answered (as stored, personal data masked).
 * Internal notes never become answers. With the optional model, it then drafts the candidate's
 * answer from all of the agent's replies, in the background; the supervisor still decides.
 */
@Component
class CandidateProposals {

    private static final Logger log = LoggerFactory.getLogger(CandidateProposals.class);
    private static final int MIN_QUESTION = 4;
    private static final int MIN_ANSWER = 6;

    private final ConversationService conversations;
    private final KnowledgeCuration curation;
    private final ConversationDrafts drafts;
    private final Background background;

    CandidateProposals(ConversationService conversations, KnowledgeCuration curation, ConversationDrafts drafts, Background background) {
        this.conversations = conversations;
        this.curation = curation;
        this.drafts = drafts;
        this.background = background;
    }

    void proposeFrom(String conversationId) {
        ConversationView view = conversations.view(conversationId);
        questionAndAnswer(view.messages()).ifPresent(pair -> {
            Candidate candidate = curation.proposeCandidate(pair.question(), pair.answer(), conversationId, view.language());
            log.debug("Proposed an FAQ candidate from conversation {}", conversationId);
            if (drafts.knowledgeAvailable()) {
                // the agent's resolve never waits for the model
                background.afterCommit("draft an FAQ candidate", () -> draft(candidate, agentReplies(view.messages())));
            }
        });
    }

    /** The model's answer from everything the agent told the customer, in place of the last reply alone. */
    private void draft(Candidate candidate, List<String> agentReplies) {
        drafts.knowledgeAnswer(candidate.question(), agentReplies, candidate.language())
            .ifPresent(draft -> curation.draftAnswer(candidate.id(), draft.text(), draft.model()));
    }

    private static List<String> agentReplies(List<Message> messages) {
        return messages.stream().filter(message -> "agent".equals(message.role()) && !message.internal()).map(message -> message.text().strip())
            .toList();
    }

    /** The agent's last public answer long enough to stand alone, and the customer message it answered. */
    static Optional<QuestionAndAnswer> questionAndAnswer(List<Message> messages) {
        String question = null;
        QuestionAndAnswer last = null;
        for (Message message : messages) {
            if ("customer".equals(message.role())) {
                question = message.text().strip();
            }
            else if ("agent".equals(message.role()) && !message.internal() && question != null
                    && question.length() >= MIN_QUESTION && message.text().strip().length() >= MIN_ANSWER) {
                last = new QuestionAndAnswer(question, message.text().strip());
            }
        }
        return Optional.ofNullable(last);
    }

    record QuestionAndAnswer(String question, String answer) {
    }
}
