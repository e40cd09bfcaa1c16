package io.kefu.dialogue.internal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.kefu.dialogue.Reply;

/** A complaint is heard and a human offered at once; anger and high risk never get here (they go to a human first). */
@Component
class ComplaintAnswerer implements Answerer {

    private final Phrases phrases;
    private final QuickMenu menu;

    ComplaintAnswerer(Phrases phrases, QuickMenu menu) {
        this.phrases = phrases;
        this.menu = menu;
    }

    @Override
    public String name() {
        return "complaint";
    }

    @Override
    public Answer answer(Ask ask) {
        return Answer.generic(Reply.of(phrases.sayOtherThan(ask.state().lastReply(), "complaint.heard", ask.language(), Map.of()),
                List.of(menu.human(ask.language()))));
    }
}
