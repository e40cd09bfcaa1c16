package io.kefu.dialogue.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import io.kefu.dialogue.Reply;

/** Payment trouble: what a shopper can try, and a human; the merchant's own FAQ on payment comes first when it has one. */
@Component
class PaymentAnswerer implements Answerer {

    private final Phrases phrases;
    private final QuickMenu menu;

    PaymentAnswerer(Phrases phrases, QuickMenu menu) {
        this.phrases = phrases;
        this.menu = menu;
    }

    @Override
    public String name() {
        return "payment";
    }

    @Override
    public Answer answer(Ask ask) {
        return Answer.generic(Reply.of(phrases.say("payment.help", ask.language()), List.of(menu.human(ask.language()))));
    }
}
