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
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.QueryBuilder;

import io.kefu.knowledge.FaqEntry;

/**
 * The retrieval index over every question variant of the published FAQ entries: one Lucene
 * document per variant with BM25 text fields (smartcn words and CJK bigrams for Chinese, stemmed
 * words for English) and an HNSW vector per language space. A search fuses the BM25 and vector
 * rankings (reciprocal rank fusion), then re-ranks the candidates by {@link MatchScore}.
 * <p>
 * {@link #sync} brings the index to a given set of entries by difference: only entries whose
 * questions changed are re-embedded and re-indexed, so an upsert costs its own entries only.
 */
public final class FaqIndex implements Closeable {

    private static final int CANDIDATES = 30;
    private static final int RRF_K = 60;
    private static final int FUSED = 12;
    private static final String VECTORS_ID = "vectors";
    /** FAQ questions are short; a longer message is matched on its beginning (and stays within Lucene's clause limit). */
    static final int MAX_QUESTION_CHARS = 200;

    private final Directory directory;
    private final TextVectors vectors;
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
        this.directory = directory;
        this.vectors = vectors;
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
            for (FaqEntry entry : wanted.values()) {
                String hash = VariantDocuments.hash(entry);
                if (!hash.equals(indexed.get(entry.id()))) {
                    writer.updateDocuments(new Term("entry", entry.id()), VariantDocuments.of(entry, hash, vectors));
                    indexed.put(entry.id(), hash);
                    changed++;
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

    /** The best entries for a customer question, best first, at most {@code limit}; never null. */
    public List<Hit> search(String question, String language, int limit) {
        if (indexed.isEmpty() || question == null || question.isBlank()) {
            return List.of();
        }
        String asked = question.length() > MAX_QUESTION_CHARS ? question.substring(0, MAX_QUESTION_CHARS) : question;
        return search(asked, vectors.vector(asked, language), language, limit, null);
    }

    /**
     * @param excluded documents to leave out (calibration hides a variant or a whole entry), or null
     */
    List<Hit> search(String question, float[] vector, String language, int limit, Query excluded) {
        String space = TextVectors.space(language);
        BooleanQuery.Builder filter = new BooleanQuery.Builder().add(new TermQuery(new Term("space", space)), Occur.FILTER);
        if (excluded != null) {
            filter.add(excluded, Occur.MUST_NOT);
        }
        Query within = filter.build();
        IndexSearcher searcher = acquire();
        try {
            Map<Integer, Double> fused = new HashMap<>();
            Query text = textQuery(question, space, within);
            if (text != null) {
                rank(searcher.search(text, CANDIDATES).scoreDocs, fused);
            }
            rank(searcher.search(new KnnFloatVectorQuery("vector_" + space, vector, CANDIDATES, within), CANDIDATES).scoreDocs, fused);
            Set<String> asked = Lexical.features(question);
            Map<String, Hit> best = new LinkedHashMap<>();
            StoredFields stored = searcher.storedFields();
            for (int doc : fused.entrySet().stream().sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
                .limit(FUSED).map(Map.Entry::getKey).toList()) {
                Document document = stored.document(doc);
                String variant = document.get("question");
                double cosine = TextVectors.dot(vector, VariantDocuments.floats(document.getBinaryValue("vector")));
                double lexical = Lexical.dice(asked, Lexical.features(variant));
                Hit hit = new Hit(document.get("entry"), variant, MatchScore.of(cosine, lexical), cosine, lexical);
                best.merge(hit.entryId(), hit, (a, b) -> a.score() >= b.score() ? a : b);
            }
            return best.values().stream().sorted((a, b) -> Double.compare(b.score(), a.score())).limit(limit).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            release(searcher);
        }
    }

    private Query textQuery(String text, String space, Query within) {
        String question = text.length() > MAX_QUESTION_CHARS ? text.substring(0, MAX_QUESTION_CHARS) : text;
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        int clauses = 0;
        if ("zh".equals(space)) {
            clauses += add(terms, new QueryBuilder(smartcn).createBooleanQuery("zh_words", question));
            clauses += add(terms, new QueryBuilder(bigrams).createBooleanQuery("zh_bigrams", question));
        }
        else {
            clauses += add(terms, new QueryBuilder(english).createBooleanQuery("en_words", question));
        }
        if (clauses == 0) {
            return null;
        }
        return new BooleanQuery.Builder().add(terms.build(), Occur.MUST).add(within, Occur.FILTER).build();
    }

    private static int add(BooleanQuery.Builder builder, Query query) {
        if (query == null) {
            return 0;
        }
        builder.add(query, Occur.SHOULD);
        return 1;
    }

    private static void rank(ScoreDoc[] ranking, Map<Integer, Double> fused) {
        for (int i = 0; i < ranking.length; i++) {
            fused.merge(ranking[i].doc, 1.0 / (RRF_K + i + 1), Double::sum);
        }
    }

    /**
     * Learns the answer threshold of each language space from the indexed entries themselves
     * (see {@link ThresholdLearner}); a space with too few examples keeps {@code fallback}.
     */
    public Calibration calibrate(double fallback, int maxQueries) {
        return ThresholdLearner.learn(this, fallback, maxQueries);
    }

    /** Every indexed question variant with its vector, in index order. */
    List<Variant> variants() {
        IndexSearcher searcher = acquire();
        try {
            int docs = searcher.getIndexReader().numDocs();
            List<Variant> variants = new ArrayList<>();
            if (docs == 0) {
                return variants;
            }
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(new MatchAllDocsQuery(), docs).scoreDocs) {
                Document doc = stored.document(hit.doc);
                variants.add(new Variant(doc.get("entry"), doc.get("variant"), doc.get("question"), doc.get("space"),
                        VariantDocuments.floats(doc.getBinaryValue("vector"))));
            }
            return variants;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            release(searcher);
        }
    }

    /** Leaves one stored variant out of a search. */
    static Query withoutVariant(String variantId) {
        return new TermQuery(new Term("variant", variantId));
    }

    /** Leaves a whole entry out of a search. */
    static Query withoutEntry(String entryId) {
        return new TermQuery(new Term("entry", entryId));
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

    /** One matching entry: its best-matching stored question and the match score. */
    public record Hit(String entryId, String matchedQuestion, double score, double cosine, double lexical) {
    }

    /** One stored question variant of an entry, with its vector. */
    record Variant(String entryId, String variantId, String question, String space, float[] vector) {
    }

    /** The learned threshold per language space, and how many examples of each side it came from. */
    public record Calibration(Map<String, Double> thresholds, int answerable, int unanswerable) {

        public double threshold(String language) {
            return thresholds.getOrDefault(TextVectors.space(language), 1.0);
        }
    }
}
