package io.kefu.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A customer whose data is exported or erased, with what each module found of them before anything
 * is removed: the personal values (name, phone, e-mail, addresses) to scrub from text wherever they
 * were typed, the conversations they had and the texts they wrote (from which caches and lists were
 * derived). Gathered first from every {@link PersonalDataHolder}, so that the module that erases the
 * profile does not take with it what the others need to find.
 */
public final class DataSubject {

    /** What replaces a personal value in a transcript that is kept. */
    public static final String ERASED = "[已删除 erased]";
    private static final int SHORTEST_VALUE = 2;

    private final String customerId;
    /** Longest first, so that a full address is replaced before a shorter value inside it. */
    private final Set<String> personalValues = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder()));
    private final Set<String> conversationIds = new LinkedHashSet<>();
    private final Set<String> writtenTexts = new LinkedHashSet<>();

    public DataSubject(String customerId) {
        this.customerId = customerId;
    }

    public String customerId() {
        return customerId;
    }

    /** Adds a value to scrub, and its masked form (the form transcripts hold it in). */
    public void addPersonalValue(String value) {
        if (value != null && value.strip().length() >= SHORTEST_VALUE) {
            personalValues.add(value.strip());
            String masked = PiiMasker.mask(value.strip());
            if (!masked.equals(value.strip())) {
                personalValues.add(masked);
            }
        }
    }

    public void addConversation(String conversationId) {
        conversationIds.add(conversationId);
    }

    public void addWrittenText(String text) {
        if (text != null && !text.isBlank()) {
            writtenTexts.add(text);
        }
    }

    public Set<String> personalValues() {
        return Set.copyOf(personalValues);
    }

    public List<String> conversationIds() {
        return List.copyOf(conversationIds);
    }

    public Set<String> writtenTexts() {
        return Set.copyOf(writtenTexts);
    }

    /** The text with every personal value replaced by {@link #ERASED}; null stays null. */
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = text;
        for (String value : personalValues) {
            scrubbed = scrubbed.replace(value, ERASED);
        }
        return scrubbed;
    }

    /** A stable stand-in for the customer's id in records that must say that an erasure happened, not whose. */
    public String pseudonym() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(customerId.getBytes(StandardCharsets.UTF_8));
            return "erased:" + HexFormat.of().formatHex(digest, 0, 8);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
