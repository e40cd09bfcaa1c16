package io.kefu.recommendation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every reason is worded in zh and en, and the wording fills in what it names. */
class ReasonsTests {

    @Test
    void everyReasonHasBothLanguages() throws IOException {
        assertThat(load("en").stringPropertyNames()).isEqualTo(load("zh").stringPropertyNames());
    }

    @Test
    void aReasonFillsInTheProductAndTheDays() {
        Reasons reasons = new Reasons();
        assertThat(reasons.say(Reasons.Reason.of("accessory", "云雾电水壶"), "zh")).isEqualTo("配件：适用于您的云雾电水壶");
        assertThat(reasons.say(Reasons.Reason.of("restock", 35L, 30L), "en"))
            .isEqualTo("Time to restock: you bought it 35 days ago, and customers buy it again about every 30 days");
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (var in = ReasonsTests.class.getResourceAsStream("/recommendation/reasons_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
