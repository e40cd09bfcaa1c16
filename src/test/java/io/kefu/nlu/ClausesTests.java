package io.kefu.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClausesTests {

    @Test
    void splitsAtPunctuationAndJoiningWords() {
        assertThat(Clauses.split("查下物流，顺便开个发票")).containsExactly("查下物流", "开个发票");
        assertThat(Clauses.split("查下物流顺便开个发票")).containsExactly("查下物流", "开个发票");
        assertThat(Clauses.split("where is my order and also I need an invoice"))
                .containsExactly("where is my order", "I need an invoice");
    }

    @Test
    void dropsFragmentsAndKeepsSingleClauses() {
        assertThat(Clauses.split("物流到哪了？")).containsExactly("物流到哪了");
        assertThat(Clauses.split("，，。")).isEmpty();
        assertThat(Clauses.split("")).isEmpty();
    }
}
