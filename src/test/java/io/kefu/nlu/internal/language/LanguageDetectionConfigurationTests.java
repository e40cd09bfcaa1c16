package io.kefu.nlu.internal.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.kefu.nlu.internal.LanguageDetection;

class LanguageDetectionConfigurationTests {

    @Test
    void providesTheDetector() {
        new ApplicationContextRunner().withUserConfiguration(LanguageDetectionConfiguration.class)
                .run(app -> assertThat(app.getBean(LanguageDetection.class).detect("我的order到哪了")).isEqualTo("mixed"));
    }
}
