package io.kefu.knowledge;

import java.util.List;

/**
 * A published entry that is not served as written because its answer contradicts live store data
 * or quotes data that does not exist; it waits for review.
 */
public record StaleEntry(String entryId, int version, String language, List<Issue> issues) {

    /**
     * @param fact   what the text states, e.g. {@code returnWindowDays} or {@code product:PH-1001.price}
     * @param quote  the words of the answer that state it
     * @param stated the value stated in the answer
     * @param live   the value in the live store data (null when it does not exist)
     */
    public record Issue(String fact, String quote, String stated, String live) {
    }
}
