package io.kefu.nlu.internal.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Typos repaired towards words the known texts use often, and only those. */
class SpellingRepairTests {

    private final SpellingRepair repair = new SpellingRepair(List.of("我要退货", "怎么退货", "退货运费谁出", "包邮吗", "满多少包邮", "能包邮吗",
            "where is my order", "check my order", "order status please", "my order is late", "发到北京要几天", "北京能到吗", "北京几天到"));

    @Test
    void pinyinTypedForCharactersIsReadAsTheWord() {
        assertThat(repair.repair("tuihuo几天内可以啊")).isEqualTo("退货几天内可以啊");
        assertThat(repair.repair("满多少bao邮啊")).isEqualTo("满多少包邮啊");
        assertThat(repair.repair("beijing")).isEqualTo("北京");
    }

    @Test
    void aNameInAnEnglishSentenceIsNoPinyin() {
        assertThat(repair.repair("where is my order to beijing")).isEqualTo("where is my order to beijing");
    }

    @Test
    void aCharacterOfTheSameSoundIsReadAsTheCommonWord() {
        assertThat(repair.repair("我要推货")).isEqualTo("我要退货");
    }

    @Test
    void oneSlippedKeyInAnEnglishWordIsRepaired() {
        assertThat(repair.repair("wheres my oder")).isEqualTo("wheres my order");
    }

    @Test
    void aRealEnglishWordIsOnlyTakenForAFarCommonerOne() {
        SpellingRepair withEnglish = new SpellingRepair(List.of("how many days until it arrives", "days to deliver", "delivery days",
                "where is my order", "check my order", "order status please"), List.of(), EnglishLexicon.shipped(), new ChineseLexicon());
        assertThat(withEnglish.repair("what ways can i pay")).isEqualTo("what ways can i pay");
        assertThat(withEnglish.repair("wheres my oder")).isEqualTo("wheres my order");
    }

    @Test
    void onlyTwoCharactersThatMakeNoWordAreASlipForAWordOfTheirSound() {
        SpellingRepair withChinese = new SpellingRepair(List.of("我要退货", "怎么退货", "退货运费谁出", "有什么推荐", "什么时候发货", "这是什么",
                "几时发货", "机器坏了", "机器不转了"), List.of(), EnglishLexicon.shipped(), new ChineseLexicon());
        assertThat(withChinese.repair("我要推货")).isEqualTo("我要退货");
        assertThat(withChinese.repair("能先买点试试吗")).isEqualTo("能先买点试试吗");
        assertThat(withChinese.repair("有没有户外保险可以买")).isEqualTo("有没有户外保险可以买");
    }

    @Test
    void theShippedLexiconKnowsEnglishWordsAndHowCommonTheyAre() {
        EnglishLexicon english = EnglishLexicon.shipped();
        assertThat(english.rank("ways")).isPresent();
        assertThat(english.rank("order").orElseThrow()).isLessThan(english.rank("oder").orElseThrow());
        assertThat(english.rank("dishwaser")).isEmpty();
    }

    @Test
    void knownWordsIdsAndRareWordsAreLeftAlone() {
        assertThat(repair.repair("我要退货")).isEqualTo("我要退货");
        assertThat(repair.repair("订单HW-7730129到哪了")).isEqualTo("订单HW-7730129到哪了");
        assertThat(repair.repair("云柔纸尿裤")).isEqualTo("云柔纸尿裤");
        assertThat(repair.repair("where is my parcel")).isEqualTo("where is my parcel");
    }
}
