package io.kefu.nlu.internal.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NgramVocabularyTests {

    @Test
    void shortChineseTextsGetCharacterFeatures() {
        assertThat(NgramVocabulary.grams("查物流")).contains("查", "物流", "查物流", "<查", "流>");
    }

    @Test
    void widthAndCaseDoNotMatter() {
        assertThat(NgramVocabulary.grams("ＯＲＤＥＲ，Status")).isEqualTo(NgramVocabulary.grams("order status"));
    }

    @Test
    void unknownTextHasNoFeaturesAndNoCoverage() {
        NgramVocabulary vocabulary = NgramVocabulary.build(List.of("查物流", "开发票"), 1, 1f);

        SparseVector known = vocabulary.vector("查物流");
        SparseVector unknown = vocabulary.vector("xyz");

        assertThat(known.coverage()).isEqualTo(1f);
        assertThat(unknown.indices()).isEmpty();
        assertThat(unknown.coverage()).isZero();
    }
}
