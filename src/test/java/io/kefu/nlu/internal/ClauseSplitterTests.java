package io.kefu.nlu.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClauseSplitterTests {

    @Test
    void splitsAtPunctuationAndJoiningWords() {
        assertThat(ClauseSplitter.split("查下物流，顺便开个发票")).containsExactly("查下物流", "开个发票");
        assertThat(ClauseSplitter.split("查下物流顺便开个发票")).containsExactly("查下物流", "开个发票");
        assertThat(ClauseSplitter.split("where is my order and also I need an invoice"))
                .containsExactly("where is my order", "I need an invoice");
    }

    @Test
    void dropsFragmentsAndKeepsSingleClauses() {
        assertThat(ClauseSplitter.split("物流到哪了？")).containsExactly("物流到哪了");
        assertThat(ClauseSplitter.split("，，。")).isEmpty();
        assertThat(ClauseSplitter.split("")).isEmpty();
    }
}
