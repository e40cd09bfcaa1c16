package io.kefu.emotion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EmotionCuesTests {

    @Test
    void aSecondDifferentInsultAddsAsMuchAsTheFirst() {
        double one = EmotionCues.boost("冰箱才买半个月就不制冷 骗子", List.of());
        double two = EmotionCues.boost("垃圾店铺 冰箱才买半个月就不制冷 骗子", List.of());
        double same = EmotionCues.boost("骗子 冰箱才买半个月就不制冷 骗子", List.of());
        assertThat(one).isEqualTo(0.15, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(two).isEqualTo(0.30, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(same).as("the same word said twice is one insult").isEqualTo(one);
    }
}
