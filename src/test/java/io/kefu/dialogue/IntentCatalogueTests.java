package io.kefu.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import io.kefu.nlu.TextClassification;

/**
 * The intent catalogue, the training labels and the reply phrases agree: an intent the model learns
 * is described in the catalogue, every catalogue intent is learned (or is the out-of-scope verdict),
 * every intent has its labels in both languages, and every flow its phrases.
 */
class IntentCatalogueTests {

    private final IntentCatalogue catalogue = new IntentCatalogue();

    @Test
    void everyTrainedIntentIsInTheCatalogueAndEveryCatalogueIntentIsTrained() {
        Set<String> trained = TextClassification.shippedIntentExamples().stream().map(TextClassification.LabeledText::label)
            .collect(Collectors.toSet());
        Set<String> described = catalogue.all().stream().map(IntentCatalogue.Intent::name).collect(Collectors.toSet());
        assertThat(described).containsAll(trained);
        assertThat(trained).containsAll(described);
    }

    @Test
    void theIntentsTheApiNamesAreAllDescribed() {
        assertThat(catalogue.all()).extracting(IntentCatalogue.Intent::name).contains("greeting", "goodbye", "thanks", "human_agent",
                "order_status", "logistics", "return_request", "exchange_request", "refund_status", "cancel_order", "change_address",
                "invoice", "price_protection", "promotion_query", "product_question", "product_search", "recommendation", "complaint",
                "payment_issue", "faq", "out_of_scope");
    }

    @Test
    void everyIntentHasItsLabelsAndEveryMatterIsSaidInBothLanguages() {
        for (IntentCatalogue.Intent intent : catalogue.all()) {
            assertThat(intent.label()).as(intent.name()).containsKeys("zh", "en");
            assertThat(intent.answerer()).as(intent.name()).isNotBlank();
            if (!intent.matter().isEmpty()) {
                assertThat(intent.matter()).as(intent.name()).containsKeys("zh", "en");
            }
        }
    }

    @Test
    void everyFlowIntentHasThePhrasesOfResumingIt() throws IOException {
        for (String language : Set.of("zh", "en")) {
            Properties phrases = new Properties();
            try (InputStream in = new ClassPathResource("dialogue/replies_" + language + ".properties").getInputStream()) {
                phrases.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            catalogue.all().stream().filter(intent -> intent.kind() == IntentCatalogue.Kind.FLOW).forEach(intent -> {
                for (String key : Set.of("flow.resume.", "flow.continue.", "flow.back.")) {
                    assertThat(phrases).as(language + " " + key + intent.name()).containsKey(key + intent.name());
                }
            });
        }
    }
}
