package io.kefu.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kefu.knowledge.FaqEntry;

/**
 * A question about a topic the merchant wrote only in the other language: how much better the other
 * language's entries match it, and the line, learned on the bank, above which that says so.
 */
class OtherLanguageTests {

    private final TextVectors vectors = new HashedTextVectors();

    private EntryVectors entry(String id, String language, String question, String answer) {
        return EntryVectorsFactory.of(new FaqEntry(id, List.of(question), answer, language, null, List.of(), "PUBLISHED"), vectors,
                BankExpansion.NONE, null);
    }

    @Test
    void theOtherLanguagesEntriesLeadWhenTheyMatchTheQuestionBetterThanAnyOfItsOwn() {
        List<EntryVectors> store = List.of(
                entry("gift", "zh", "赠品要一起退回吗", "退主商品时赠品需要一起寄回。"),
                entry("group", "zh", "团购有优惠吗", "十件以上可以找客服报价。"),
                entry("magsafe", "en", "Can I take the MagSafe power bank on a plane?", "Yes: MagSafe power bank 5000mAh is 19Wh, cabin only."));
        OtherLanguage.Lead lead = OtherLanguage.lead(vectors.vector("MagSafe power bank 上飞机可以吗", "zh"), "zh", store);

        assertThat(lead.lead()).isPositive();
        assertThat(lead.otherEntries()).containsExactly("magsafe");
        assertThat(OtherLanguage.lead(vectors.vector("赠品要退吗", "zh"), "zh", store).lead()).isNegative();
    }

    private EntryVectors lent(EntryVectors entry, String topic, List<String> acrossQuestions, String acrossLanguage) {
        return entry.withLending(new BankExpansion.Lending(List.of(), java.util.Set.of(topic), vectors.vectors(acrossQuestions, acrossLanguage)));
    }

    @Test
    void aQuestionReachesAnEntryOfTheOtherLanguageByTopicWhenNoEntryOfItsOwnIsOnThatTopic() {
        EntryVectors group = lent(entry("group", "zh", "团购有优惠吗", "十件以上可以找客服报价。"), "bulk-orders", List.of(), "en");
        EntryVectors shipping = lent(entry("shipping", "en", "How much is shipping?", "Free over 299, else 15."), "shipping-fee",
                List.of("运费怎么算", "满多少包邮"), "zh");
        float[] asked = vectors.vector("运费怎么算呀", "zh");

        assertThat(OtherLanguage.byTopic(asked, "zh", List.of(group, shipping))).contains("shipping");
        assertThat(OtherLanguage.byTopic(vectors.vector("团购有优惠吗", "zh"), "zh", List.of(group, shipping)))
            .as("a question its own language's entries match better stays with them").isEmpty();
        EntryVectors ownShipping = lent(entry("fee", "zh", "运费多少钱", "满99包邮。"), "shipping-fee", List.of(), "en");
        assertThat(OtherLanguage.byTopic(asked, "zh", List.of(group, ownShipping, shipping)))
            .as("an entry of its own language on the same topic keeps it").isEmpty();
    }

    @Test
    void aStoreWithEntriesInOneLanguageOnlyHasNoOtherLanguageToLead() {
        List<EntryVectors> store = List.of(entry("gift", "zh", "赠品要一起退回吗", "赠品需要一起寄回。"));

        assertThat(OtherLanguage.lead(vectors.vector("power bank on a plane", "zh"), "en", store)).isEqualTo(OtherLanguage.Lead.NONE);
        assertThat(OtherLanguage.lead(vectors.vector("赠品", "zh"), "zh", store)).isEqualTo(OtherLanguage.Lead.NONE);
    }

    @Test
    void theLineIsTheLeadThatNineteenOfTwentyBankQuestionsStayBelowPerLanguage() {
        List<MatchModelTraining.Example> examples = new ArrayList<>();
        double[] features = new double[MatchModel.FEATURES];
        for (int i = 1; i <= 100; i++) {
            examples.add(new MatchModelTraining.Example("a", features, true, features, true, "zh", i / 100.0 - 1));
            examples.add(new MatchModelTraining.Example("a", features, true, features, true, "en", -i / 100.0));
            // questions no entry answers have no lead: they say nothing about entries of their own language
            examples.add(new MatchModelTraining.Example("a", features, false, features, false, "zh", Double.NaN));
        }
        Map<String, Double> lines = MatchModelTraining.otherLanguageLines(examples);

        assertThat(lines.get("zh")).isCloseTo(-0.05, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(lines.get("en")).isCloseTo(-0.06, org.assertj.core.data.Offset.offset(1e-9));
        MatchModel model = new MatchModel(new Logistic(features, features, new double[MatchModel.FEATURES + 1]), null, 0.8, 1, 0.02, lines);
        assertThat(model.asksOtherLanguage(new OtherLanguage.Lead(-0.04, List.of("x")), "zh")).isTrue();
        assertThat(model.asksOtherLanguage(new OtherLanguage.Lead(-0.06, List.of("x")), "zh")).isFalse();
        assertThat(model.asksOtherLanguage(OtherLanguage.Lead.NONE, "en")).isFalse();
    }
}
