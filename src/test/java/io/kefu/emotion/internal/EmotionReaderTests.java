package io.kefu.emotion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.kefu.emotion.EmotionReading;

class EmotionReaderTests {

    private final EmotionReader reader = new EmotionReader((text, language) -> new EmotionModel.Scored(
            text.contains("慢") || text.toLowerCase().contains("slow") ? "anxiety" : "neutral", 0.7));

    @Test
    void cuesMakeTheSameFeelingStronger() {
        double calm = reader.read("怎么这么慢", "zh", List.of(), List.of()).intensity();
        double loud = reader.read("怎么这么慢！！！再不到我就投诉", "zh", List.of(), List.of()).intensity();
        assertThat(loud).isGreaterThan(calm);
        assertThat(reader.read("WHY IS IT SO SLOW", "en", List.of(), List.of()).intensity())
            .isGreaterThan(reader.read("why is it so slow", "en", List.of(), List.of()).intensity());
    }

    @Test
    void strongWordsReadAsAngerEvenWhenTheModelHearsNothing() {
        EmotionReading reading = reader.read("你们就是骗子", "zh", List.of(), List.of());
        assertThat(reading.label()).isEqualTo("anger");
        assertThat(reading.intensity()).isPositive();
    }

    @Test
    void aComplaintSaidAgainWeighsMore() {
        double first = reader.read("快递太慢了", "zh", List.of(), List.of()).intensity();
        double again = reader.read("快递太慢了", "zh", List.of(), List.of("快递太慢了")).intensity();
        assertThat(again).isGreaterThan(first);
    }

    @Test
    void neutralMessagesHaveNoIntensityAndTheTrendFollowsTheHistory() {
        assertThat(reader.read("查一下订单", "zh", List.of(), List.of()).intensity()).isZero();
        List<EmotionReading> calm = List.of(EmotionReading.NEUTRAL, EmotionReading.NEUTRAL);
        assertThat(reader.read("怎么还这么慢！！！", "zh", calm, List.of()).trend()).isEqualTo("rising");
        List<EmotionReading> upset = List.of(new EmotionReading("anger", 0.9, "rising"));
        assertThat(reader.read("好的谢谢", "zh", upset, List.of()).trend()).isEqualTo("falling");
    }
}
