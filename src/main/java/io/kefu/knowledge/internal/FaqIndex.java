package io.kefu.knowledge.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;

import io.kefu.knowledge.FaqEntry;

/**
 * The retrieval index of the published FAQ entries. Each entry is kept as one Lucene document per
 * question variant (with its vectors, so the index persists what was embedded and a restart only
 * reads it back) and, in memory, as the {@link EntryVectors} a customer question is weighed
 * against: questions, answer, answer sentences and the questions the paraphrase bank lends it.
 * A search ranks every entry of the question's language space by {@link EntryEvidence}.
 * <p>
 * {@link #sync} brings the index to a given set of entries by difference: only entries whose
 * questions changed are re-embedded and re-indexed, so an upsert costs its own entries only.
 */
public final class FaqIndex implements Closeable {

    private static final String VECTORS_ID = "vectors";
    /** FAQ questions are short; a longer message is matched on its beginning (and stays within Lucene's clause limit). */
    static final int MAX_QUESTION_CHARS = 200;

    private final Directory directory;
    private final TextVectors vectors;
    private volatile BankExpansion bank;
    /** What each indexed entry is matched by, kept in memory: a store's FAQ holds hundreds of entries, not millions. */
    private final Map<String, EntryVectors> entryVectors = new java.util.concurrent.ConcurrentHashMap<>();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer smartcn = new SmartChineseAnalyzer();
    private final Analyzer bigrams = new CJKAnalyzer();
    private final Analyzer english = new EnglishAnalyzer();
    /** Entry id → hash of what is indexed of it (language and questions). */
    private final Map<String, String> indexed = new java.util.concurrent.ConcurrentHashMap<>();
    private long reindexedEntries;

    /**
     * Opens the index in the directory (creating it when there is none) and reads it whole once, so
     * that a damaged index fails here, at start, rather than on a customer's question.
     *
     * @throws RuntimeException when the index cannot be opened or fails its checksums (an
     *                          {@link UncheckedIOException} mostly); the directory is left unlocked
     */
    public FaqIndex(Directory directory, TextVectors vectors) {
        this(directory, vectors, BankExpansion.NONE);
    }

    FaqIndex(Directory directory, TextVectors vectors, BankExpansion bank) {
        this.directory = directory;
        this.vectors = vectors;
        this.bank = bank;
        IndexWriter opened = null;
        SearcherManager reading = null;
        try {
            Analyzer perField = new PerFieldAnalyzerWrapper(new StandardAnalyzer(),
                    Map.of("zh_words", smartcn, "zh_bigrams", bigrams, "en_words", english));
            opened = new IndexWriter(directory, new IndexWriterConfig(perField).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            this.writer = opened;
            String builtWith = writer.getLiveCommitData() == null ? null : userData().get(VECTORS_ID);
            if (builtWith != null && !builtWith.equals(vectors.id())) {
                writer.deleteAll();
            }
            writer.setLiveCommitData(Map.of(VECTORS_ID, vectors.id()).entrySet());
            writer.commit();
            reading = new SearcherManager(writer, null);
            this.searchers = reading;
            checkIntegrity();
            readIndexed();
        }
        catch (IOException e) {
            // release the files and the write lock, so the caller can start over in the same directory
            IOUtils.closeWhileHandlingException(reading, opened);
            throw new UncheckedIOException(e);
        }
        catch (RuntimeException e) {
            IOUtils.closeWhileHandlingException(reading, opened);
            throw e;
        }
    }

    /** Verifies the checksum of every file of the index (it holds a few thousand short questions: milliseconds). */
    private void checkIntegrity() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                leaf.reader().checkIntegrity();
            }
        }
        finally {
            searchers.release(searcher);
        }
    }

    private Map<String, String> userData() {
        Map<String, String> data = new HashMap<>();
        writer.getLiveCommitData().forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        return data;
    }

    private void readIndexed() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(new MatchAllDocsQuery(), Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
                Document doc = stored.document(hit.doc, Set.of("entry", "hash"));
                indexed.put(doc.get("entry"), doc.get("hash"));
            }
        }
        finally {
            searchers.release(searcher);
        }
    }

    /**
     * Makes the index hold exactly these entries (callers pass published ones); entries whose
     * language and questions are unchanged are left alone. Returns how many entries were
     * (re)indexed or removed.
     */
    public synchronized int sync(Collection<FaqEntry> entries) {
        Map<String, FaqEntry> wanted = new LinkedHashMap<>();
        entries.forEach(entry -> wanted.put(entry.id(), entry));
        int changed = 0;
        try {
            for (String id : List.copyOf(indexed.keySet())) {
                if (!wanted.containsKey(id)) {
                    writer.deleteDocuments(new Term("entry", id));
                    indexed.remove(id);
                    changed++;
                }
            }
            entryVectors.keySet().retainAll(wanted.keySet());
            for (FaqEntry entry : wanted.values()) {
                String hash = VariantDocuments.hash(entry);
                boolean stale = !hash.equals(indexed.get(entry.id()));
                if (stale) {
                    writer.updateDocuments(new Term("entry", entry.id()), VariantDocuments.of(entry, hash, vectors));
                    indexed.put(entry.id(), hash);
                    changed++;
                }
                if (stale || !entryVectors.containsKey(entry.id())) {
                    entryVectors.put(entry.id(), EntryVectorsFactory.of(entry, vectors, bank, null));
                }
            }
            if (changed > 0) {
                writer.commit();
                searchers.maybeRefreshBlocking();
                reindexedEntries += changed;
            }
            return changed;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lends the entries the bank's questions from now on (each entry's vectors are rebuilt at the next sync). */
    public synchronized void lendFrom(BankExpansion lender) {
        if (lender != bank) {
            bank = lender;
            entryVectors.clear();
        }
    }

    /**
     * The best entries for a customer question, best first, at most {@code limit}; never null.
     * Every entry of the question's language space is weighed ({@link EntryEvidence}).
     */
    public List<Hit> search(String question, String language, int limit) {
        if (entryVectors.isEmpty() || question == null || question.isBlank()) {
            return List.of();
        }
        String asked = beginning(question);
        float[] vector = vectors.vector(asked, language);
        List<EntryEvidence> ranked = EntryEvidence.rank(vector, asked, TextVectors.space(language), entryVectors.values());
        List<Hit> hits = new ArrayList<>();
        for (EntryEvidence evidence : ranked.subList(0, Math.min(limit, ranked.size()))) {
            EntryVectors entry = entryVectors.get(evidence.entryId());
            hits.add(new Hit(evidence.entryId(), closestQuestion(vector, entry), evidence.score(), evidence, evidence.focus()));
        }
        return hits;
    }

    /** How much better the entries of the other language match the question than those of its own ({@link OtherLanguage}). */
    public OtherLanguage.Lead otherLanguage(String question, String language) {
        String space = TextVectors.space(language);
        if (!bothLanguages(space) || question == null || question.isBlank()) {
            return OtherLanguage.Lead.NONE;
        }
        String asked = beginning(question);
        return OtherLanguage.lead(vectors.vector(asked, OtherLanguage.READER), space, entryVectors.values());
    }

    /** The entry of the other language the question reaches by topic ({@link OtherLanguage#byTopic}), if any. */
    public Optional<String> otherLanguageByTopic(String question, String language) {
        if (!bothLanguages(TextVectors.space(language)) || question == null || question.isBlank()) {
            return Optional.empty();
        }
        String asked = beginning(question);
        return OtherLanguage.byTopic(vectors.vector(asked, language), TextVectors.space(language), entryVectors.values());
    }

    /** Whether the store has entries both in that language space and in the other. */
    private boolean bothLanguages(String space) {
        return entryVectors.values().stream().anyMatch(entry -> !entry.space().equals(space))
                && entryVectors.values().stream().anyMatch(entry -> entry.space().equals(space));
    }

    /** A longer message is matched on its first {@value #MAX_QUESTION_CHARS} characters. */
    private static String beginning(String question) {
        return question.length() > MAX_QUESTION_CHARS ? question.substring(0, MAX_QUESTION_CHARS) : question;
    }

    /** The evidence of every entry for the question, best first: what the answer decision weighs. */
    List<EntryEvidence> rank(String question, String language) {
        String asked = beginning(question);
        return EntryEvidence.rank(vectors.vector(asked, language), asked, TextVectors.space(language), entryVectors.values());
    }

    private static String closestQuestion(float[] vector, EntryVectors entry) {
        int best = 0;
        for (int i = 1; i < entry.questions().size(); i++) {
            if (TextVectors.dot(vector, entry.questions().get(i)) > TextVectors.dot(vector, entry.questions().get(best))) {
                best = i;
            }
        }
        return entry.questionTexts().get(best);
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Entries currently in the index. */
    public synchronized int size() {
        return indexed.size();
    }

    /** Entries (re)indexed or removed since this index was opened: proof of incremental updates. */
    public synchronized long reindexedEntries() {
        return reindexedEntries;
    }

    @Override
    public synchronized void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    /**
     * One matching entry: its question closest to the customer's, its ranking score, the evidence
     * behind it, and the sentence of its answer closest to the customer's question.
     */
    public record Hit(String entryId, String matchedQuestion, double score, EntryEvidence evidence, String focus) {
    }
}
