package io.kefu.conversation.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.kefu.conversation.Message;

/**
 * Tells the shopper again that they talk to an AI when they come back after a long pause: the
 * greeting said so, but after {@link #LONG_PAUSE} it has scrolled out of mind (and often out of the
 * window), so the first bot message after it opens with a short disclosure line.
 */
final class AiDisclosure {

    static final Duration LONG_PAUSE = Duration.ofHours(2);

    private AiDisclosure() {
    }

    /**
     * The replies, the first of them disclosed when the customer's message came at least {@link
     * #LONG_PAUSE} after the previous message ({@code previous} null: nothing before, nothing to repeat).
     */
    static List<Message> afterPause(List<Message> replies, OffsetDateTime previous, OffsetDateTime now, String language) {
        if (replies.isEmpty() || previous == null || Duration.between(previous, now).compareTo(LONG_PAUSE) < 0) {
            return replies;
        }
        List<Message> disclosed = new ArrayList<>(replies);
        Message first = replies.getFirst();
        disclosed.set(0, new Message(first.id(), first.role(), line(language) + "\n" + first.text(), first.time(), first.quickReplies(),
                first.sources(), first.cards(), first.attachments(), first.author(), first.internal()));
        return disclosed;
    }

    static String line(String language) {
        return "en".equals(language) ? "You are chatting with an AI assistant; type \"human\" at any time to reach a person."
                : "您正在与 AI 助手对话，如需人工客服，随时回复“人工”即可。";
    }
}
