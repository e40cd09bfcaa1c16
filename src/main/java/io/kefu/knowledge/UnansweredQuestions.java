package io.kefu.knowledge;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Customer questions the bot could not answer, grouped by meaning: {@code example} is the most
 * recent wording, {@code count} how often the group was asked, {@code examples} a few wordings.
 */
public record UnansweredQuestions(String example, long count, OffsetDateTime lastSeen, String language, List<String> examples) {
}
