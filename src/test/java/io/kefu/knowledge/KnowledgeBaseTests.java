package io.kefu.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

import io.kefu.commerce.Product;
import io.kefu.commerce.SettingsUpdate;
import io.kefu.commerce.StoreImport;
import io.kefu.commerce.StoreSettingsService;
import io.kefu.knowledge.internal.KnowledgeIndex;
import io.kefu.knowledge.internal.KnowledgeTable;
import io.kefu.platform.DataVersions;
import io.kefu.platform.Problem;

/**
 * The knowledge base on H2 with deterministic vectors: live data in answers, incremental index
 * updates (also when another node changed the data), versions and rollback, scheduling, staleness,
 * candidates and unanswered questions. It expects a fresh database (in-memory H2); the same paths
 * run on PostgreSQL in {@link KnowledgeApiTests}.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:knowledge-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "kefu.data-dir=target/knowledge-tests", "kefu.knowledge.answer-threshold=0.6", "kefu.knowledge.cluster-similarity=0.5" })
@Import(KnowledgeTestConfiguration.class)
class KnowledgeBaseTests {

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    KnowledgeCuration curation;

    @Autowired
    KnowledgeIndex index;

    @Autowired
    StoreImport store;

    @Autowired
    StoreSettingsService settings;

    @Autowired
    KnowledgeTable table;

    @Autowired
    DataVersions versions;

    @Autowired
    TransactionTemplate transactions;

    static FaqEntry entry(String id, String answer, String... questions) {
        return new FaqEntry(id, List.of(questions), answer, "zh", null, List.of(), "PUBLISHED");
    }

    @Test
    void answersQuoteLiveStoreDataSoAPriceChangeShowsInTheNextAnswer() {
        store.products(List.of(product("LIVE-1", "2999")));
        knowledge.upsert(List.of(entry("live-price", "青竹手机现价 {{product:LIVE-1.price}} 元，库存 {{product:LIVE-1.stock}} 件；"
                + "签收后 {{settings.returnWindowDays}} 天内可退。", "青竹手机多少钱", "青竹手机的价格是多少")));

        assertThat(knowledge.answer("青竹手机卖多少钱", "zh")).get()
            .satisfies(answer -> assertThat(answer.answer()).isEqualTo("青竹手机现价 2999 元，库存 12 件；签收后 7 天内可退。"));

        store.products(List.of(product("LIVE-1", "2599.50")));
        assertThat(knowledge.answer("青竹手机卖多少钱", "zh")).get()
            .satisfies(answer -> assertThat(answer.answer()).startsWith("青竹手机现价 2599.5 元"));
    }

    @Test
    void theIndexFollowsEveryUpsertAndDeleteIncrementally() {
        knowledge.upsert(List.of(entry("inc-a", "松果会员卡每月一号发放", "松果会员卡什么时候发")));
        long before = index.reindexedEntries();

        assertThat(knowledge.answer("榛子礼盒能定制刻字吗", "zh")).isEmpty();
        knowledge.upsert(List.of(entry("inc-b", "榛子礼盒支持免费刻字", "榛子礼盒可以刻字吗", "榛子礼盒定制刻字")));
        assertThat(knowledge.answer("榛子礼盒能定制刻字吗", "zh")).get().extracting(KnowledgeAnswer::entryId).isEqualTo("inc-b");
        assertThat(index.reindexedEntries() - before).as("only the new entry was indexed").isEqualTo(1);

        knowledge.upsert(List.of(entry("inc-b", "榛子礼盒刻字限十个字", "榛子礼盒可以刻字吗", "榛子礼盒定制刻字")));
        assertThat(knowledge.answer("榛子礼盒能定制刻字吗", "zh")).get()
            .satisfies(answer -> assertThat(answer.answer()).isEqualTo("榛子礼盒刻字限十个字"));
        assertThat(index.reindexedEntries() - before).as("the answer is matched too: that entry only").isEqualTo(2);

        assertThat(knowledge.delete("inc-b", "admin")).isTrue();
        assertThat(knowledge.answer("榛子礼盒能定制刻字吗", "zh")).isEmpty();
        assertThat(index.reindexedEntries() - before).isEqualTo(3);
        assertThat(knowledge.answer("松果会员卡什么时候发放", "zh")).isPresent();
    }

    @Test
    void aChangeMadeByAnotherNodeIsSeenThroughTheSharedVersionCounter() {
        assertThat(knowledge.answer("山楂糕保质期多久", "zh")).isEmpty();
        // another node writes the row and bumps the counter; this node learns of it only through the database
        transactions.executeWithoutResult(status -> {
            table.put(entry("other-node", "山楂糕保质期十二个月", "山楂糕保质期多久", "山楂糕能放多久"), null, "agent:other-node");
            versions.bump(KnowledgeTable.DATA_VERSION);
        });
        assertThat(knowledge.answer("山楂糕保质期多久", "zh")).get().extracting(KnowledgeAnswer::entryId).isEqualTo("other-node");
    }

    @Test
    void everyChangeIsAVersionAndAnEarlierOneCanBeRolledBack() {
        knowledge.upsert(List.of(entry("ver", "枸杞茶每天限购两盒", "枸杞茶限购吗", "枸杞茶一次能买几盒")), "admin");
        knowledge.upsert(List.of(entry("ver", "枸杞茶每天限购两盒", "枸杞茶限购吗", "枸杞茶一次能买几盒")), "admin");
        knowledge.upsert(List.of(entry("ver", "枸杞茶不再限购", "枸杞茶限购吗", "枸杞茶一次能买几盒")), "agent:lily");
        assertThat(knowledge.answer("枸杞茶限购几盒", "zh")).get()
            .satisfies(answer -> assertThat(answer.source() + " " + answer.answer()).isEqualTo("ver@v2 枸杞茶不再限购"));

        EntryVersion rolledBack = knowledge.rollback("ver", 1, "agent:boss");
        assertThat(rolledBack.version()).isEqualTo(3);
        assertThat(knowledge.answer("枸杞茶限购几盒", "zh")).get()
            .satisfies(answer -> assertThat(answer.source() + " " + answer.answer()).isEqualTo("ver@v3 枸杞茶每天限购两盒"));
        assertThat(knowledge.versions("ver")).extracting(v -> v.version() + " " + v.change() + " " + v.changedBy())
            .containsExactly("3 ROLLED_BACK agent:boss (to v1)", "2 UPDATED agent:lily", "1 CREATED admin");
        assertThat(knowledge.versions("ver").get(1).entry().answer()).isEqualTo("枸杞茶不再限购");

        knowledge.delete("ver", "admin");
        knowledge.upsert(List.of(entry("ver", "枸杞茶限购三盒", "枸杞茶限购吗")), "admin");
        assertThat(knowledge.versions("ver")).extracting(EntryVersion::change).startsWith("CREATED", "DELETED");
        assertThat(knowledge.answer("枸杞茶限购吗", "zh")).get().extracting(KnowledgeAnswer::version).isEqualTo(5);
        assertThatThrownBy(() -> knowledge.rollback("ver", 4, "admin")).isInstanceOf(Problem.class);
    }

    @Test
    void scheduledEntriesAreServedOnlyInsideTheirWindow() {
        OffsetDateTime now = OffsetDateTime.now();
        knowledge.upsert(List.of(
                new FaqEntry("sched-later", List.of("芒果节什么时候开始"), "芒果节下周开始", "zh", null, List.of(), "PUBLISHED", now.plusDays(1), null),
                new FaqEntry("sched-over", List.of("荔枝节还有吗"), "荔枝节进行中", "zh", null, List.of(), "PUBLISHED", now.minusDays(9), now.minusDays(1)),
                new FaqEntry("sched-now", List.of("杨梅节在进行吗"), "杨梅节进行中", "zh", null, List.of(), "PUBLISHED", now.minusDays(1), now.plusDays(1))));
        assertThat(knowledge.answer("芒果节什么时候开始", "zh")).isEmpty();
        assertThat(knowledge.answer("荔枝节还有吗", "zh")).isEmpty();
        assertThat(knowledge.answer("杨梅节在进行吗", "zh")).isPresent();
    }

    @Test
    void anAnswerThatContradictsLiveSettingsIsHeldBackForReview() {
        knowledge.upsert(List.of(entry("stale-ship", "樱桃专区订单满 99 元即可包邮。", "樱桃专区包邮吗", "樱桃专区运费多少")));
        assertThat(knowledge.answer("樱桃专区包邮吗", "zh")).isPresent();
        assertThat(knowledge.review()).extracting(StaleEntry::entryId).doesNotContain("stale-ship");
        try {
            settings.update(new SettingsUpdate(null, null, null, null, null, null, new BigDecimal("199"), null));
            assertThat(knowledge.answer("樱桃专区包邮吗", "zh")).isEmpty();
            assertThat(knowledge.review()).filteredOn(stale -> stale.entryId().equals("stale-ship")).singleElement()
                .satisfies(stale -> assertThat(stale.issues()).singleElement()
                    .satisfies(issue -> assertThat(issue.fact() + " " + issue.stated() + "→" + issue.live()).isEqualTo("freeShippingThreshold 99→199")));
        }
        finally {
            settings.update(new SettingsUpdate(null, null, null, null, null, null, new BigDecimal("99"), null));
        }
        assertThat(knowledge.answer("樱桃专区包邮吗", "zh")).isPresent();
    }

    @Test
    void unknownPlaceholdersAreRejectedAtImport() {
        assertThatThrownBy(() -> knowledge.upsert(List.of(entry("bad-placeholder", "退货期 {{settings.returnDays}} 天", "退货期多久"))))
            .isInstanceOf(Problem.class);
    }

    @Test
    void aCandidateFromAnAgentConversationBecomesAPublishedEntryOnApproval() {
        Candidate proposed = curation.proposeCandidate("莲藕粉可以用开水冲吗", "莲藕粉请先用凉水调开，再用开水冲。", "conv-1", "zh");
        Candidate other = curation.proposeCandidate("核桃仁是生的吗", "是熟的", "conv-2", "zh");
        assertThat(curation.pending()).extracting(Candidate::id).contains(proposed.id(), other.id());
        assertThat(knowledge.answer("莲藕粉能开水冲吗", "zh")).isEmpty();

        Candidate approved = curation.approve(proposed.id(), null, "agent:sup");
        assertThat(approved.status()).isEqualTo("APPROVED");
        assertThat(knowledge.find(approved.entryId())).get().satisfies(entry -> assertThat(entry.isPublished()).isTrue());
        assertThat(knowledge.answer("莲藕粉能开水冲吗", "zh")).get()
            .satisfies(answer -> assertThat(answer.answer()).isEqualTo("莲藕粉请先用凉水调开，再用开水冲。"));
        assertThatThrownBy(() -> curation.approve(proposed.id(), null, "agent:sup")).isInstanceOf(Problem.class);

        assertThat(curation.reject(other.id(), "agent:sup").status()).isEqualTo("REJECTED");
        assertThat(curation.pending()).extracting(Candidate::id).doesNotContain(proposed.id(), other.id());

        Candidate variant = curation.proposeCandidate("冲莲藕粉用多少度的水", "先凉水后开水", "conv-3", "zh");
        curation.approve(variant.id(), new KnowledgeCuration.Approval(approved.entryId(), null, null, null), "agent:sup");
        assertThat(knowledge.find(approved.entryId()).orElseThrow().questions()).containsExactly("莲藕粉可以用开水冲吗", "冲莲藕粉用多少度的水");
    }

    @Test
    void unansweredQuestionsAreGroupedByMeaningWithCounts() {
        // counted as growth, so that the test also holds on a database that earlier runs filled
        long dollars = countOf("可以用美元付款吗");
        long photographers = countOf("招聘兼职摄影师吗");
        long weekday = countOf("今天星期几呀");
        for (String question : List.of("可以用美元付款吗", "今天星期几呀", "能用美元付款吗", "你们招聘兼职摄影师吗", "美元付款可以吗", "招聘兼职摄影师吗")) {
            assertThat(knowledge.answer(question, "zh")).isEmpty();
        }
        assertThat(countOf("可以用美元付款吗") - dollars).isEqualTo(3);
        assertThat(countOf("招聘兼职摄影师吗") - photographers).isEqualTo(2);
        assertThat(countOf("今天星期几呀") - weekday).isEqualTo(1);
        assertThat(curation.unanswered()).filteredOn(g -> g.examples().contains("美元付款可以吗")).singleElement()
            .satisfies(g -> assertThat(g.examples()).noneMatch(example -> example.contains("摄影师")));
    }

    private long countOf(String example) {
        return curation.unanswered().stream().filter(g -> g.examples().contains(example)).mapToLong(UnansweredQuestions::count).sum();
    }

    @Test
    void feedbackIsCountedPerEntryVersion() {
        knowledge.upsert(List.of(entry("fb", "红枣一箱五斤", "红枣一箱多重")));
        KnowledgeAnswer answer = knowledge.answer("红枣一箱有多重", "zh").orElseThrow();
        knowledge.feedback(answer.source(), true);
        knowledge.feedback(answer.source(), true);
        knowledge.feedback(answer.source(), false);
        assertThat(knowledge.feedback("fb")).singleElement()
            .satisfies(f -> assertThat(f.helpful() + "/" + f.notHelpful() + "@v" + f.version()).isEqualTo("2/1@v1"));
    }

    static Product product(String sku, String price) {
        return new Product(sku, "青竹手机", "手机", "青竹", new BigDecimal(price), 12, null, null, null);
    }
}
