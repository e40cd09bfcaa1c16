package io.kefu.nlu.internal.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptLanguageDetectorTests {

    private final ScriptLanguageDetector detector = new ScriptLanguageDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            我的订单到哪了                    | zh
            转人工！！！                      | zh
            找kf                             | zh
            XL码有吗                         | zh
            华为P60 5G版多少钱                | zh
            订单KF20261120001                | zh
            where is my order                | en
            kf                               | en
            I want a refund!!! 😡            | en
            order KF2026 status?             | en
            我的order到哪了                   | mixed
            这个product有discount吗           | mixed
            where is my 快递                  | mixed
            """)
    void tellsTheLanguage(String text, String language) {
        assertThat(detector.detect(text)).isEqualTo(language);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"123456", "？？？", "😀😀", "...", "  "})
    void textWithoutLettersFallsBackToTheDefault(String text) {
        assertThat(detector.detect(text)).isEqualTo("zh");
        assertThat(new ScriptLanguageDetector("en").detect(text)).isEqualTo("en");
    }

    @Test
    void judgesLongText() {
        assertThat(detector.detect("我的order到哪了".repeat(10_000))).isEqualTo("mixed");
    }

    @Test
    void refusesAnUnsupportedFallback() {
        assertThatThrownBy(() -> new ScriptLanguageDetector("fr")).isInstanceOf(IllegalArgumentException.class);
    }
}
