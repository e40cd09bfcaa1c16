package io.kefu.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.kefu.dialogue.Decision;
import io.kefu.dialogue.Reply;
import io.kefu.emotion.EmotionReading;

class ToneTests {

    private final Tone tone = new Tone(new Phrases());
    private final Decision answer = new Decision(List.of(Reply.of("Here is what I found.", List.of())), null, null, null, "{}");

    @Test
    void aHappyShopperIsThankedOnlyOnceTheBotHasHelped() {
        EmotionReading cheerful = new EmotionReading("satisfaction", 0.4, "steady");

        assertThat(tone.apply(answer, cheerful, "en", null, false).replies().getFirst().text())
            .as("a first request has not been helped yet").isEqualTo("Here is what I found.");
        assertThat(tone.apply(answer, cheerful, "en", null, true).replies().getFirst().text())
            .startsWith("Glad I could help!").endsWith("Here is what I found.");
    }

    @Test
    void anAngryShopperGetsTheApologyOnTheirFirstMessageButNotTwiceInARow() {
        EmotionReading angry = new EmotionReading("anger", 0.8, "rising");

        assertThat(tone.apply(answer, angry, "en", null, false).replies().getFirst().text()).isNotEqualTo("Here is what I found.")
            .endsWith("Here is what I found.");
        assertThat(tone.apply(answer, angry, "en", "anger", true).replies().getFirst().text()).isEqualTo("Here is what I found.");
    }
}
