package io.kefu.emotion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.kefu.nlu.TextClassification;

class ShippedEmotionExamplesTests {

    private static final Set<String> EMOTIONS = Set.of("anger", "anxiety", "disappointment", "confusion", "satisfaction", "neutral");

    private final List<TextClassification.LabeledText> examples = ShippedEmotionExamples.load();

    @Test
    void everyExampleHasTextAKnownEmotionAndALanguage() {
        assertThat(examples).allSatisfy(example -> {
            assertThat(example.text()).isNotBlank();
            assertThat(EMOTIONS).contains(example.label());
            assertThat(example.language()).isIn("zh", "en");
        });
    }

    @Test
    void reviewsShipAlongsideTheCustomerServiceMessages() {
        assertThat(examples).anyMatch(e -> e.text().contains("酒店") && e.label().equals("satisfaction"));
        assertThat(examples).anyMatch(e -> e.text().contains("质量") && e.label().equals("disappointment"));
    }

    @Test
    void askingForAPersonIsNotAnEmotion() {
        assertThat(examples).filteredOn(e -> e.text().equals("转人工") || e.text().equals("talk to a human"))
            .extracting(TextClassification.LabeledText::label)
            .containsOnly("neutral")
            .hasSize(2);
    }
}
