package io.kefu.dialogue.internal;

import java.util.List;

import org.springframework.stereotype.Component;

/** The buttons of the bot's main menu, offered with a greeting and when it did not understand. */
@Component
class QuickMenu {

    private final Phrases phrases;

    QuickMenu(Phrases phrases) {
        this.phrases = phrases;
    }

    List<String> options(String language) {
        return List.of(phrases.say("menu.order", language), phrases.say("menu.logistics", language), phrases.say("menu.return", language),
                phrases.say("menu.human", language));
    }

    String human(String language) {
        return phrases.say("menu.human", language);
    }
}
