package io.kefu.emotion.internal;

import java.util.concurrent.CompletableFuture;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.kefu.nlu.TextClassification;
import io.kefu.platform.AfterStartup;

/**
 * Trains the emotion model from the shipped examples, by default in the background once the service
 * has started, so it takes traffic at once; until the model is ready, emotions are read from their
 * unmistakable cues.
 * {@code kefu.emotion.background-training=false} trains before the service starts (tests).
 */
@Configuration(proxyBeanMethods = false)
class EmotionConfiguration {

    @Bean
    EmotionModel emotionModel(TextClassification classification,
            @Value("${kefu.emotion.background-training:true}") boolean inBackground, AfterStartup afterStartup) {
        if (!inBackground) {
            return TrainedEmotionModel.train(classification);
        }
        CompletableFuture<EmotionModel> trained = CompletableFuture.supplyAsync(() -> TrainedEmotionModel.train(classification),
                afterStartup.executor("emotion-training"));
        EmotionModel untilTrained = (text, language) -> new EmotionModel.Scored(EmotionCues.soundsAngry(text) ? "anger" : "neutral", 0.5);
        return (text, language) -> trained.isDone() && !trained.isCompletedExceptionally()
                ? trained.join().classify(text, language)
                : untilTrained.classify(text, language);
    }
}
