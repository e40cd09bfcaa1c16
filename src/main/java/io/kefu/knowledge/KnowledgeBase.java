package io.kefu.knowledge;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kefu.knowledge.internal.KnowledgeTable;
import io.kefu.knowledge.internal.QuestionMatcher;
import io.kefu.platform.DataVersions;
import io.kefu.platform.Paging;
import io.kefu.platform.RecordsValidator;

/**
 * The FAQ knowledge base: bulk upsert of entries (each change makes a new version) and answers to
 * customer questions from published entries in the customer's language.
 */
@Service
public class KnowledgeBase {

    private final KnowledgeTable table;
    private final RecordsValidator validator;
    private final QuestionMatcher matcher;
    private final DataVersions versions;

    KnowledgeBase(KnowledgeTable table, RecordsValidator validator, QuestionMatcher matcher, DataVersions versions) {
        this.versions = versions;
        this.table = table;
        this.validator = validator;
        this.matcher = matcher;
    }

    @Transactional
    public int upsert(List<FaqEntry> entries) {
        validator.validateAll(entries);
        entries.forEach(table::put);
        versions.bump(KnowledgeTable.DATA_VERSION);
        return entries.size();
    }

    /** The best published answer in that language, if one matches well enough; never null. */
    public Optional<KnowledgeAnswer> answer(String question, String language) {
        return matcher.best(question, language);
    }

    public List<FaqEntry> page(Paging paging) {
        return table.page(paging);
    }

    public long count() {
        return table.count();
    }
}
