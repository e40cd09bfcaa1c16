package io.kefu.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kefu.dialogue.IntentCatalogue;

/** Durable containment on generated histories: a customer coming back about the same order within 7 days breaks it. */
class DurableResolutionTests {

    private final DurableResolution durable = new DurableResolution(new IntentCatalogue(), Duration.ofDays(7));

    @Test
    void aRepeatContactAboutTheSameOrderWithinTheWindowBreaksDurability() {
        Transcript contained = History.of("ann", "zh", History.START).about("KF1").bot("已发货").closed().transcript();
        Transcript back = History.of("ann", "zh", History.START.plusDays(3)).about("KF1").transcript();
        Transcript otherOrder = History.of("ann", "zh", History.START.plusDays(3)).about("KF2").transcript();
        Transcript tooLate = History.of("ann", "zh", History.START.plusDays(9)).about("KF1").transcript();
        Transcript someoneElse = History.of("ben", "zh", History.START.plusDays(1)).about("KF1").transcript();

        assertThat(durable.cameBack(contained, List.of(contained, back))).isTrue();
        // KF2 is another order, but asking about an order status again is the same matter
        assertThat(durable.cameBack(contained, List.of(contained, otherOrder))).isTrue();
        assertThat(durable.cameBack(contained, List.of(contained, tooLate))).isFalse();
        assertThat(durable.cameBack(contained, List.of(contained, someoneElse))).isFalse();
    }

    @Test
    void aReturnAboutSomethingElseKeepsItDurable() {
        Transcript contained = History.of("cat", "zh", History.START).customer("我的退款到哪了", "refund_status", "anxiety", 0.4, "steady")
            .transcript();
        Transcript greeting = History.of("cat", "zh", History.START.plusDays(2)).customer("你好", "greeting", "neutral", 0, "steady")
            .transcript();
        Transcript handedOver = History.of("dan", "zh", History.START).customer("转人工", "human_agent", "neutral", 0, "steady")
            .handedOver("customer_request").transcript();
        Transcript returned = History.of("cat", "zh", History.START.plusDays(2)).customer("退款还没到", "refund_status", "anger", 0.6, "rising")
            .transcript();

        assertThat(durable.cameBack(contained, List.of(contained, greeting))).isFalse();
        // containment counts 2 of 3 (the handover is not contained); durable containment 1 of 3 once the refund question returns
        assertThat(durable.rate(List.of(contained, handedOver, greeting), List.of(contained, handedOver, greeting))).isEqualTo(0.667);
        assertThat(durable.rate(List.of(contained, handedOver, greeting), List.of(contained, handedOver, greeting, returned)))
            .isEqualTo(0.333);
    }
}
