package io.kefu.emotion.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.kefu.nlu.TextClassification;
import io.kefu.platform.AfterStartup;
import io.kefu.platform.Readiness;

/**
 * The emotion model: the one trained on the shipped examples at an earlier start, kept under the
 * data directory, or else trained in the background once the service is up (and kept for the next
 * start). The node is not {@link Readiness ready} before it is in use; a message that needs it
 * sooner waits for it, since reading anger from a few cues alone misses too much of it.
 */
@Configuration(proxyBeanMethods = false)
class EmotionConfiguration {

    @Bean
    EmotionModel emotionModel(TextClassification classification, AfterStartup afterStartup, Readiness readiness) {
        List<TextClassification.LabeledText> examples = ShippedEmotionExamples.load();
        CompletableFuture<EmotionModel> model = classification.kept(examples)
            .map(kept -> CompletableFuture.<EmotionModel>completedFuture(TrainedEmotionModel.loaded(kept)))
            .orElseGet(() -> CompletableFuture.supplyAsync(() -> TrainedEmotionModel.train(classification, examples),
                    afterStartup.executor("emotion-training")));
        readiness.register("emotion-model", model);
        return (text, language) -> model.join().classify(text, language);
    }
}
