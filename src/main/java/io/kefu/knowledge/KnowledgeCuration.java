package io.kefu.knowledge;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kefu.knowledge.internal.CurationTables;
import io.kefu.knowledge.internal.QuestionGroups;
import io.kefu.platform.Problem;
import io.kefu.privacy.PiiMasker;

/**
 * The curation workflow (API §4): the questions the bot could not answer, grouped by meaning, and
 * FAQ entries proposed from resolved agent conversations, which a supervisor approves (they become
 * published entries) or rejects.
 */
@Service
public class KnowledgeCuration {

    private final CurationTables tables;
    private final QuestionGroups groups;
    private final KnowledgeBase knowledge;
    private final KnowledgeSettings settings;

    KnowledgeCuration(CurationTables tables, QuestionGroups groups, KnowledgeBase knowledge, KnowledgeSettings settings) {
        this.tables = tables;
        this.groups = groups;
        this.knowledge = knowledge;
        this.settings = settings;
    }

    /** The recent unanswered questions grouped by meaning, most asked first; never null. */
    public List<UnansweredQuestions> unanswered() {
        return groups.group(tables.recentUnanswered(settings.unansweredWindow()));
    }

    /**
     * Proposes an FAQ entry from a resolved conversation: the customer's question and the agent's
     * answer (personal data masked). Called by the agent desk when a conversation is resolved.
     */
    @Transactional
    public Candidate proposeCandidate(String question, String answer, String sourceConversationId, String language) {
        if (question == null || question.isBlank() || answer == null || answer.isBlank()) {
            throw Problem.badRequest("A candidate needs a question and an answer.");
        }
        String lang = "en".equals(language) ? "en" : "zh";
        Candidate candidate = new Candidate("cand-" + UUID.randomUUID().toString().substring(0, 12), PiiMasker.mask(question.strip()),
                PiiMasker.mask(answer.strip()), lang, sourceConversationId, "PENDING", OffsetDateTime.now(), null, null, null, null, null);
        tables.insert(candidate);
        return candidate;
    }

    /**
     * Replaces a pending candidate's answer with a language model's draft of it, marked
     * {@code draftedBy} the model and keeping the agent's words beside it; it still waits for a
     * supervisor. False when the candidate was decided (or drafted) meanwhile.
     */
    @Transactional
    public boolean draftAnswer(String id, String draft, String model) {
        return tables.drafted(id, PiiMasker.mask(draft.strip()), model);
    }

    /** Candidates waiting for a decision, oldest first. */
    public List<Candidate> pending() {
        return tables.candidates("PENDING");
    }

    /**
     * Publishes a pending candidate: as a new entry, or, when {@code edits.entryId} names an existing
     * entry, as a further question variant of it. {@code edits} may also reword the answer.
     */
    @Transactional
    public Candidate approve(String id, Approval edits, String actor) {
        Candidate candidate = pendingCandidate(id);
        Approval approval = edits == null ? new Approval(null, null, null, null) : edits;
        FaqEntry entry;
        FaqEntry existing = approval.entryId() == null ? null : knowledge.find(approval.entryId()).orElse(null);
        if (existing != null) {
            List<String> questions = new ArrayList<>(existing.questions());
            questions.add(candidate.question());
            entry = new FaqEntry(existing.id(), questions, approval.answer() != null ? approval.answer() : existing.answer(),
                    existing.language(), existing.category(), existing.tags(), "PUBLISHED", existing.validFrom(), existing.validTo());
        }
        else {
            String entryId = approval.entryId() != null ? approval.entryId() : "faq-" + id.substring("cand-".length());
            entry = new FaqEntry(entryId, approval.questions() != null ? approval.questions() : List.of(candidate.question()),
                    approval.answer() != null ? approval.answer() : candidate.answer(), candidate.language(), approval.category(),
                    List.of("mined"), "PUBLISHED");
        }
        knowledge.upsert(List.of(entry), actor + " (approved " + id + ")");
        if (!tables.decide(id, "APPROVED", actor, entry.id())) {
            throw Problem.conflict("Candidate " + id + " was decided meanwhile.");
        }
        return tables.candidate(id).orElseThrow();
    }

    @Transactional
    public Candidate reject(String id, String actor) {
        pendingCandidate(id);
        if (!tables.decide(id, "REJECTED", actor, null)) {
            throw Problem.conflict("Candidate " + id + " was decided meanwhile.");
        }
        return tables.candidate(id).orElseThrow();
    }

    private Candidate pendingCandidate(String id) {
        Candidate candidate = tables.candidate(id).orElseThrow(() -> Problem.notFound("No candidate " + id + "."));
        if (!"PENDING".equals(candidate.status())) {
            throw Problem.conflict("Candidate " + id + " is already " + candidate.status() + ".");
        }
        return candidate;
    }

    /**
     * Optional edits made when approving: publish into an existing entry ({@code entryId}), or as a
     * new entry with other question wordings, answer or category.
     */
    public record Approval(String entryId, List<String> questions, String answer, String category) {
    }
}
