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
