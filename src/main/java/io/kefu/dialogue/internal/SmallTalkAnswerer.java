package io.kefu.dialogue.internal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.kefu.dialogue.Reply;

/** Greetings, thanks and goodbyes, phrased differently from the bot's last words. */
@Component
class SmallTalkAnswerer implements Answerer {

    private final Phrases phrases;
    private final QuickMenu menu;

    SmallTalkAnswerer(Phrases phrases, QuickMenu menu) {
        this.phrases = phrases;
        this.menu = menu;
    }

    @Override
    public String name() {
        return "small_talk";
    }

    @Override
    public Answer answer(Ask ask) {
        String last = ask.state().lastReply();
        String language = ask.language();
        return switch (ask.intent()) {
            case "greeting" -> Answer.generic(Reply.of(phrases.sayOtherThan(last, "hello", language, Map.of()), menu.options(language)));
            case "thanks" -> Answer.generic(Reply.of(phrases.sayOtherThan(last, "welcome", language, Map.of()), List.of()));
            default -> Answer.generic(Reply.of(phrases.sayOtherThan(last, "bye", language, Map.of()), List.of()));
        };
    }
}
