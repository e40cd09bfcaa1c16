package io.kefu.knowledge;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.kefu.knowledge.internal.CurationTables;
import io.kefu.knowledge.internal.FaqIndex;
import io.kefu.knowledge.internal.KnowledgeIndex;
import io.kefu.knowledge.internal.KnowledgeTable;
import io.kefu.knowledge.internal.LiveData;
import io.kefu.knowledge.internal.OtherLanguage;
import io.kefu.knowledge.internal.TextVectors;
import io.kefu.platform.DataVersions;
import io.kefu.platform.Paging;
import io.kefu.platform.Problem;
import io.kefu.platform.RecordsValidator;
import io.kefu.privacy.PiiMasker;

/**
 * The FAQ knowledge base: versioned entries (every change is a new version with who and when, and
 * can be rolled back), and answers to customer questions from the published, scheduled entries in
 * the customer's language. An answer is given only above the learned confidence threshold, is
 * composed from live store data, and is never served when its text contradicts that data; a
 * question without an answer is recorded for curation.
 */
@Service
public class KnowledgeBase {

    private static final int CANDIDATES = 6;
    private static final int SUGGESTED = 3;

    private final KnowledgeTable table;
    private final RecordsValidator validator;
    private final KnowledgeIndex index;
    private final DataVersions versions;
    private final LiveData live;
    private final CurationTables curation;

    KnowledgeBase(KnowledgeTable table, RecordsValidator validator, KnowledgeIndex index, DataVersions versions, LiveData live,
            CurationTables curation) {
        this.table = table;
        this.validator = validator;
        this.index = index;
        this.versions = versions;
        this.live = live;
        this.curation = curation;
    }

    /** Imports entries as the system (demo seeding, jobs). */
    @Transactional
    public int upsert(List<FaqEntry> entries) {
        return upsert(entries, "system");
    }

    /**
     * Imports entries as the system like {@link #upsert(List)}, but leaves bringing the index up to
     * date to its next read (a question, or the index's own preparation once the service is up):
     * embedding and indexing a whole store's entries then does not hold up the start of the service.
     */
    @Transactional
    public int importEntries(List<FaqEntry> entries) {
        validator.validateAll(entries, KnowledgeBase::placeholderErrors);
        entries.forEach(entry -> table.put(entry, null, "system"));
        versions.bump(KnowledgeTable.DATA_VERSION);
        return entries.size();
    }

    /**
     * Validates the whole batch (422 if any entry is invalid, nothing stored), stores each changed
     * entry as a new version and updates the index right after the commit.
     */
    @Transactional
    public int upsert(List<FaqEntry> entries, String actor) {
        validator.validateAll(entries, KnowledgeBase::placeholderErrors);
        entries.forEach(entry -> table.put(entry, null, actor));
        changed();
        return entries.size();
    }

    private static List<Problem.FieldError> placeholderErrors(Object record) {
        FaqEntry entry = (FaqEntry) record;
        List<Problem.FieldError> errors = new ArrayList<>();
        if (entry.answer() != null) {
            LiveData.unknownPlaceholders(entry.answer())
                .forEach(unknown -> errors.add(new Problem.FieldError("answer", "unknown placeholder " + unknown)));
        }
        if (entry.validFrom() != null && entry.validTo() != null && !entry.validFrom().isBefore(entry.validTo())) {
            errors.add(new Problem.FieldError("validTo", "must be after validFrom"));
        }
        return errors;
    }

    /** Deletes an entry (its history stays); false when there is no such entry. */
    @Transactional
    public boolean delete(String id, String actor) {
        boolean deleted = table.delete(id, actor);
        if (deleted) {
            changed();
        }
        return deleted;
    }

    /** Makes the content of an earlier version current again, as a new version. */
    @Transactional
    public EntryVersion rollback(String id, int version, String actor) {
        EntryVersion target = table.history(id).stream().filter(v -> v.version() == version).findFirst()
            .orElseThrow(() -> Problem.notFound("Entry " + id + " has no version " + version + "."));
        if (target.entry() == null) {
            throw Problem.conflict("Version " + version + " of " + id + " is a deletion; roll back to a version with content.");
        }
        table.put(target.entry(), "ROLLED_BACK", actor + " (to v" + version + ")");
        changed();
        return table.history(id).get(0);
    }

    private void changed() {
        versions.bump(KnowledgeTable.DATA_VERSION);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    index.current();
                }
            });
        }
    }

    /**
     * The best published answer in that language, if one matches above the learned threshold and
     * its live data renders; never null. Questions left without an answer are recorded as
     * unanswered.
     */
    public Optional<KnowledgeAnswer> answer(String question, String language) {
        KnowledgeMatch match = match(question, language);
        if (!match.answersAlone()) {
            recordUnanswered(question, language);
            return Optional.empty();
        }
        return match.best().map(best -> new KnowledgeAnswer(best.entryId(), best.version(), best.question(), best.answer(),
                best.probability(), index.current().answerAt()));
    }

    /**
     * How the published entries in that language answer the question: the best few that are served
     * now and whose live data renders, each with its calibrated probability; never null.
     */
    public KnowledgeMatch match(String question, String language) {
        if (question == null || question.isBlank()) {
            return KnowledgeMatch.NONE;
        }
        KnowledgeIndex.State state = index.current();
        List<FaqIndex.Hit> hits = index.search(question, language, CANDIDATES);
        List<KnowledgeMatch.Candidate> candidates = served(question, language, state, hits, state.suggestAt());
        boolean bestServed = !candidates.isEmpty() && candidates.getFirst().entryId().equals(hits.getFirst().entryId());
        boolean answers = bestServed && candidates.getFirst().probability() >= state.answerAt();
        Optional<String> byTopic = index.otherLanguageByTopic(question, language);
        if (byTopic.isPresent()) {
            // even a sure match of its own language: a store's few entries in one language match everything asked in it
            return otherLanguageFirst(candidates, index.otherLanguage(question, language).ledBy(byTopic.get()), language, state);
        }
        OtherLanguage.Lead lead = index.otherLanguage(question, language);
        // an unsure match in the question's own language may be the wrong language's best; a sure one stands
        // unless the model that reads both languages finds an entry of the other language outright closer
        if ((!answers || lead.lead() > 0) && state.asksOtherLanguage(lead, language)) {
            return otherLanguageFirst(candidates, lead, language, state);
        }
        if (candidates.isEmpty()) {
            return KnowledgeMatch.NONE;
        }
        // the candidates are the served hits in order: the two best are the search's two best only if neither was left out
        if (!answers && bestServed && candidates.size() >= 2 && candidates.get(1).entryId().equals(hits.get(1).entryId())) {
            double either = index.eitherProbability(hits, question, state);
            if (either >= state.eitherAt()) {
                return new KnowledgeMatch(KnowledgeMatch.Band.EITHER, candidates.subList(0, Math.min(SUGGESTED, candidates.size())), either);
            }
        }
        return new KnowledgeMatch(answers ? KnowledgeMatch.Band.ANSWER : KnowledgeMatch.Band.SUGGEST,
                candidates.subList(0, Math.min(SUGGESTED, candidates.size())));
    }

    /**
     * A question about an entry written only in the other language: its best entries of the other
     * language are offered as choices, then the best of its own (neither is sure enough to answer
     * from, so neither keeps a probability above the lowest one offered).
     */
    private KnowledgeMatch otherLanguageFirst(List<KnowledgeMatch.Candidate> own, OtherLanguage.Lead lead, String language,
            KnowledgeIndex.State state) {
        List<KnowledgeMatch.Candidate> offered = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now();
        for (String entryId : lead.otherEntries()) {
            if (offered.size() == SUGGESTED - 1) {
                break;
            }
            KnowledgeTable.Versioned stored = state.entries().get(entryId);
            servable(stored, language, now).ifPresent(rendered -> offered.add(new KnowledgeMatch.Candidate(entryId, stored.version(),
                    stored.entry().questions().getFirst(), rendered.text(), state.suggestAt())));
        }
        own.stream().limit(SUGGESTED - offered.size()).map(candidate -> candidate.withProbability(Math.min(candidate.probability(), state.suggestAt())))
            .forEach(offered::add);
        return offered.isEmpty() ? KnowledgeMatch.NONE : new KnowledgeMatch(KnowledgeMatch.Band.SUGGEST, offered);
    }

    /**
     * The served entries nearest to the question, however unsure: material for a grounded model
     * answer, never an answer by itself; never null.
     */
    public List<KnowledgeMatch.Candidate> nearest(String question, String language, int limit) {
        if (question == null || question.isBlank()) {
            return List.of();
        }
        KnowledgeIndex.State state = index.current();
        List<KnowledgeMatch.Candidate> served = served(question, language, state, index.search(question, language, CANDIDATES), 0);
        return served.subList(0, Math.min(limit, served.size()));
    }

    /** The hits that are served now in the language, render from live data and reach {@code floor}, rendered. */
    private List<KnowledgeMatch.Candidate> served(String question, String language, KnowledgeIndex.State state, List<FaqIndex.Hit> hits,
            double floor) {
        OffsetDateTime now = OffsetDateTime.now();
        List<Double> probabilities = index.probabilities(hits, question, state);
        List<KnowledgeMatch.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            FaqIndex.Hit hit = hits.get(i);
            KnowledgeTable.Versioned stored = state.entries().get(hit.entryId());
            if (stored == null || !TextVectors.space(stored.entry().language()).equals(TextVectors.space(language))) {
                continue;
            }
            Optional<LiveData.Rendered> rendered = servable(stored, language, now);
            if (rendered.isPresent() && probabilities.get(i) >= floor) {
                LiveData.Rendered focus = live.render(hit.focus(), language);
                candidates.add(new KnowledgeMatch.Candidate(hit.entryId(), stored.version(), hit.matchedQuestion(), rendered.get().text(),
                        probabilities.get(i), focus.issues().isEmpty() ? focus.text() : rendered.get().text()));
            }
        }
        return candidates;
    }

    /** The entry's answer rendered from live data, if it is served now, quotes only data that exists and contradicts none. */
    private Optional<LiveData.Rendered> servable(KnowledgeTable.Versioned stored, String language, OffsetDateTime now) {
        if (stored == null || !stored.entry().isServedAt(now)) {
            return Optional.empty();
        }
        LiveData.Rendered rendered = live.render(stored.entry().answer(), language);
        return rendered.issues().isEmpty() && live.contradictions(stored.entry().answer()).isEmpty() ? Optional.of(rendered) : Optional.empty();
    }

    /** The published entry of that id answering in that language, as chosen by the customer from suggestions. */
    public Optional<KnowledgeAnswer> answerWith(String entryId, String language) {
        KnowledgeTable.Versioned stored = index.current().entries().get(entryId);
        if (stored == null || !stored.entry().isServedAt(OffsetDateTime.now())) {
            return Optional.empty();
        }
        LiveData.Rendered rendered = live.render(stored.entry().answer(), language);
        return rendered.issues().isEmpty() ? Optional.of(new KnowledgeAnswer(entryId, stored.version(), stored.entry().questions().getFirst(),
                rendered.text(), 1.0, 1.0)) : Optional.empty();
    }

    /** Records a customer question the bot could not answer, masked, for curation. */
    public void recordUnanswered(String question, String language) {
        if (question == null || question.isBlank()) {
            return;
        }
        String asked = question.length() > 500 ? question.substring(0, 500) : question;
        curation.unanswered(PiiMasker.mask(asked), language, "NO_MATCH", null);
    }

    /**
     * Published entries that are not served because their answer contradicts live store data or
     * quotes data that does not exist; empty when everything is consistent.
     */
    public List<StaleEntry> review() {
        List<StaleEntry> stale = new ArrayList<>();
        for (KnowledgeTable.Versioned stored : index.current().entries().values()) {
            FaqEntry entry = stored.entry();
            List<StaleEntry.Issue> issues = new ArrayList<>(live.contradictions(entry.answer()));
            issues.addAll(live.render(entry.answer(), entry.language()).issues());
            if (!issues.isEmpty()) {
                stale.add(new StaleEntry(entry.id(), stored.version(), entry.language(), issues));
            }
        }
        return stale;
    }

    /**
     * Counts "did this answer help?" for the entry version a reply cited ({@code entryId@vN} as in
     * {@link KnowledgeAnswer#source()}, or a bare entry id for its current version).
     */
    public void feedback(String source, boolean helpful) {
        int at = source.lastIndexOf("@v");
        String id = at < 0 ? source : source.substring(0, at);
        int version;
        try {
            version = at < 0 ? table.version(id) : Integer.parseInt(source.substring(at + 2));
        }
        catch (NumberFormatException e) {
            throw Problem.badRequest("A source is entryId@vN, e.g. faq-return@v3.");
        }
        curation.feedback(id, version, helpful);
    }

    /** Never null. */
    public List<EntryFeedback> feedback(String entryId) {
        return curation.feedback(entryId);
    }

    public Optional<FaqEntry> find(String id) {
        return table.find(id);
    }

    /** The entry's versions, newest first; empty for an unknown id. */
    public List<EntryVersion> versions(String id) {
        return table.history(id);
    }

    public List<FaqEntry> page(Paging paging) {
        return table.page(paging);
    }

    public long count() {
        return table.count();
    }

    /**
     * Entries of any status whose id, category, questions or answer contain the text (ignoring
     * case), at most {@code limit}; all entries for a blank text. A plain scan: knowledge bases
     * hold hundreds of entries, not millions.
     */
    public List<FaqEntry> search(String text, int limit) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<FaqEntry> found = new ArrayList<>();
        for (int page = 0; found.size() < limit; page++) {
            List<FaqEntry> entries = table.page(new Paging(page, Paging.MAX_SIZE));
            entries.stream().filter(entry -> mentions(entry, needle)).limit(limit - found.size()).forEach(found::add);
            if (entries.size() < Paging.MAX_SIZE) {
                break;
            }
        }
        return found;
    }

    private static boolean mentions(FaqEntry entry, String needle) {
        return needle.isEmpty() || entry.id().toLowerCase(Locale.ROOT).contains(needle)
                || entry.answer().toLowerCase(Locale.ROOT).contains(needle)
                || (entry.category() != null && entry.category().toLowerCase(Locale.ROOT).contains(needle))
                || entry.questions().stream().anyMatch(question -> question.toLowerCase(Locale.ROOT).contains(needle));
    }
}
