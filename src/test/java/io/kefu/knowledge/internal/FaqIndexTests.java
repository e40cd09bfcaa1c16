package io.kefu.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kefu.knowledge.FaqEntry;

/** The retrieval index: matching by questions, answers and lent questions; incremental sync by difference; persistence. */
class FaqIndexTests {

    static final FaqEntry SHIPPING = entry("ship", "zh", "运费怎么算", "买多少钱包邮");
    static final FaqEntry RETURNS = entry("return", "zh", "可以退货吗", "七天无理由退货怎么退");
    static final FaqEntry INVOICE = entry("invoice", "zh", "可以开发票吗", "怎么开发票");
    static final FaqEntry HOURS_EN = entry("hours", "en", "What are your customer service hours?", "When can I talk to a human?");

    static FaqEntry entry(String id, String language, String... questions) {
        return new FaqEntry(id, List.of(questions), "answer of " + id, language, null, List.of(), "PUBLISHED");
    }

    @Test
    void findsTheEntryOfAParaphraseInTheQuestionsLanguage() throws Exception {
        try (FaqIndex index = new FaqIndex(new ByteBuffersDirectory(), new HashedTextVectors())) {
            index.sync(List.of(SHIPPING, RETURNS, INVOICE, HOURS_EN));
            assertThat(index.search("包邮要买多少钱", "zh", 3).get(0).entryId()).isEqualTo("ship");
            assertThat(index.search("能开发票么", "zh", 3).get(0).entryId()).isEqualTo("invoice");
            assertThat(index.search("when are your customer service agents available", "en", 3))
                .extracting(FaqIndex.Hit::entryId).containsOnly("hours");
            assertThat(index.search("运费", "en", 3)).allMatch(hit -> hit.entryId().equals("hours"));
        }
    }

    @Test
    void aVeryLongMessageIsMatchedOnItsBeginning() throws Exception {
        try (FaqIndex index = new FaqIndex(new ByteBuffersDirectory(), new HashedTextVectors())) {
            index.sync(List.of(SHIPPING, RETURNS));
            assertThat(index.search("运费怎么算" + "好".repeat(2000), "zh", 3)).isNotEmpty();
        }
    }

    @Test
    void syncTouchesOnlyTheEntriesThatChanged() throws Exception {
        try (FaqIndex index = new FaqIndex(new ByteBuffersDirectory(), new HashedTextVectors())) {
            assertThat(index.sync(List.of(SHIPPING, RETURNS, INVOICE))).isEqualTo(3);
            assertThat(index.sync(List.of(SHIPPING, RETURNS, INVOICE))).isZero();

            FaqEntry newAnswerOnly = new FaqEntry("ship", SHIPPING.questions(), "a new answer", "zh", null, List.of(), "PUBLISHED");
            assertThat(index.sync(List.of(newAnswerOnly, RETURNS, INVOICE))).as("the answer is matched too: that entry only").isEqualTo(1);

            FaqEntry moreQuestions = entry("ship", "zh", "运费怎么算", "买多少钱包邮", "邮费谁出");
            assertThat(index.sync(List.of(moreQuestions, RETURNS, INVOICE))).isEqualTo(1);
            assertThat(index.search("邮费谁出", "zh", 1).get(0).entryId()).isEqualTo("ship");

            assertThat(index.sync(List.of(moreQuestions, RETURNS))).isEqualTo(1);
            assertThat(index.search("怎么开发票", "zh", 3)).noneMatch(hit -> hit.entryId().equals("invoice"));
            assertThat(index.size()).isEqualTo(2);
            assertThat(index.reindexedEntries()).isEqualTo(6);
        }
    }

    @Test
    void aReopenedIndexKeepsItsEntriesAndIsRebuiltForOtherVectors(@TempDir Path dir) throws Exception {
        try (FaqIndex index = new FaqIndex(FSDirectory.open(dir), new HashedTextVectors())) {
            index.sync(List.of(SHIPPING, RETURNS));
        }
        try (FaqIndex reopened = new FaqIndex(FSDirectory.open(dir), new HashedTextVectors())) {
            assertThat(reopened.size()).isEqualTo(2);
            assertThat(reopened.sync(List.of(SHIPPING, RETURNS))).isZero();
            assertThat(reopened.search("包邮吗", "zh", 1).get(0).entryId()).isEqualTo("ship");
        }
        TextVectors otherModel = new TextVectors() {
            final HashedTextVectors delegate = new HashedTextVectors();

            @Override
            public float[] vector(String text, String language) {
                return delegate.vector(text, language);
            }

            @Override
            public String id() {
                return "another-model";
            }
        };
        try (FaqIndex rebuilt = new FaqIndex(FSDirectory.open(dir), otherModel)) {
            assertThat(rebuilt.size()).isZero();
            assertThat(rebuilt.sync(List.of(SHIPPING, RETURNS))).isEqualTo(2);
        }
    }

    @Test
    void aDetailOfTheAnswerFindsItsEntryThoughNoQuestionNamesIt() throws Exception {
        FaqEntry invoice = new FaqEntry("invoice", List.of("可以开发票吗"), "可以开电子发票。下单时忘了填抬头的，收货后三十天内可以在订单详情补开。", "zh",
                null, List.of(), "PUBLISHED");
        try (FaqIndex index = new FaqIndex(new ByteBuffersDirectory(), new HashedTextVectors())) {
            index.sync(List.of(SHIPPING, RETURNS, invoice));
            assertThat(index.search("忘了填抬头还能补开吗", "zh", 3).get(0).entryId()).isEqualTo("invoice");
            assertThat(index.search("忘了填抬头还能补开吗", "zh", 3).get(0).evidence().sentence())
                .as("the answer's closest sentence is what matched").isGreaterThan(index.search("忘了填抬头还能补开吗", "zh", 3).get(0).evidence().question());
        }
    }

    @Test
    void theBankLendsItsShoppersQuestionsToTheLikeEntriesOfAnyStore() throws Exception {
        TextVectors vectors = new HashedTextVectors();
        ParaphraseBank.Store other = new ParaphraseBank.Store("other",
                List.of(new FaqEntry("other-ship", List.of("运费怎么算"), "满99包邮，不满收8元运费", "zh", null, List.of(), "PUBLISHED")),
                List.of(new ParaphraseBank.Asked("买几件能免邮", "zh", "other-ship")));
        BankExpansion bank = BankExpansion.of(List.of(other), vectors);
        FaqEntry shipping = new FaqEntry("ship", List.of("运费怎么算"), "满59包邮，不满收6元运费", "zh", null, List.of(), "PUBLISHED");
        EntryVectors lent = EntryVectorsFactory.of(shipping, vectors, bank, null);
        assertThat(lent.expansion()).hasSize(1);
        assertThat(EntryVectorsFactory.of(shipping, vectors, bank, "other").expansion()).as("a store never lends to itself").isEmpty();
        try (FaqIndex index = new FaqIndex(new ByteBuffersDirectory(), vectors, bank)) {
            index.sync(List.of(shipping, RETURNS));
            assertThat(index.search("买几件能免邮", "zh", 2).get(0).evidence().lent()).isGreaterThan(0.99);
        }
    }

    @Test
    void aDamagedIndexFailsWhenOpenedNotOnAQuestionAndLeavesItsDirectoryFree(@TempDir Path folder) throws Exception {
        try (FaqIndex index = new FaqIndex(FSDirectory.open(folder), new HashedTextVectors())) {
            index.sync(List.of(SHIPPING, RETURNS, INVOICE));
        }
        // the commit point and the segments' descriptions are intact, the bulk of the data is not:
        // only its checksum tells, since opening reads its header and footer only
        List<Path> compoundFiles;
        try (var files = Files.list(folder)) {
            compoundFiles = files.filter(f -> f.getFileName().toString().endsWith(".cfs")).toList();
        }
        DamagedFiles.garble(compoundFiles);

        assertThatThrownBy(() -> new FaqIndex(FSDirectory.open(folder), new HashedTextVectors()))
            .isInstanceOf(UncheckedIOException.class).hasRootCauseInstanceOf(CorruptIndexException.class);
        try (Directory directory = FSDirectory.open(folder)) {
            directory.obtainLock(IndexWriter.WRITE_LOCK_NAME).close();
        }
    }

    @Test
    void thresholdsSeparatePositivesFromNegatives() {
        assertThat(Thresholds.accuracy(List.of(0.9, 0.8, 0.7), List.of(0.1, 0.2, 0.6))).isBetween(0.6, 0.7);
        assertThat(Thresholds.balanced(List.of(0.9, 0.8), List.of(0.1, 0.2, 0.3, 0.85))).isBetween(0.3, 0.8);
    }
}
