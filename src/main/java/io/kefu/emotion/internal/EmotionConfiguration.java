package io.kefu.emotion.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.kefu.nlu.TextClassification;

/** Trains the emotion model from the shipped examples before the application takes traffic. */
@Configuration(proxyBeanMethods = false)
class EmotionConfiguration {

    @Bean
    EmotionModel emotionModel(TextClassification classification) {
        return TrainedEmotionModel.train(classification);
    }
}
