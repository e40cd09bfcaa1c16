package io.kefu.knowledge;

/** "Did this answer help?" counts of one entry version. */
public record EntryFeedback(String entryId, int version, long helpful, long notHelpful) {
}
