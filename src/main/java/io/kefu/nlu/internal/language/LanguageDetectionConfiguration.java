package io.kefu.nlu.internal.language;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.kefu.nlu.internal.LanguageDetection;

/**
 * Exposes the script-based detector as the application's {@link LanguageDetection}; kept apart so the
 * detector itself stays free of Spring.
 */
@Configuration(proxyBeanMethods = false)
class LanguageDetectionConfiguration {

    @Bean
    LanguageDetection languageDetection() {
        return new ScriptLanguageDetector();
    }
}
