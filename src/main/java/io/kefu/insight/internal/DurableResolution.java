package io.kefu.insight.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.kefu.dialogue.IntentCatalogue;

/**
 * Whether the bot's containment lasted: a conversation the bot kept counts as durably resolved only
 * when its customer does not come back within the window about one of the same orders or with one
 * of the same matters (catalogued intents other than small talk or asking for a human; not out-of-scope). Anonymous visitors
 * cannot be recognised when they return, so their contained conversations count as durable; the
 * rate is an upper bound where many visitors are anonymous.
 */
final class DurableResolution {

    private final IntentCatalogue catalogue;
    private final Duration window;

    DurableResolution(IntentCatalogue catalogue, Duration window) {
        this.catalogue = catalogue;
        this.window = window;
    }

    /** The share of {@code period} that the bot kept and that stayed resolved; {@code later} are all conversations up to the window after it. */
    double rate(List<Transcript> period, List<Transcript> later) {
        if (period.isEmpty()) {
            return 0.0;
        }
        // each contained conversation is compared only with its own customer's, not with the whole period
        Map<String, List<Transcript>> laterByCustomer = later.stream().filter(t -> t.customerId() != null)
            .collect(Collectors.groupingBy(Transcript::customerId));
        long durable = period.stream()
            .filter(t -> !t.handedOver() && !cameBack(t, laterByCustomer.getOrDefault(t.customerId(), List.of()))).count();
        return Math.round(1000.0 * durable / period.size()) / 1000.0;
    }

    boolean cameBack(Transcript contained, List<Transcript> later) {
        if (contained.customerId() == null) {
            return false;
        }
        OffsetDateTime since = contained.startedAt();
        OffsetDateTime until = since.plus(window);
        Set<String> matters = contained.matters(catalogue);
        return later.stream()
            .filter(t -> !t.id().equals(contained.id()) && contained.customerId().equals(t.customerId()))
            .filter(t -> t.startedAt().isAfter(since) && t.startedAt().isBefore(until))
            .anyMatch(t -> !Collections.disjoint(t.orderIds(), contained.orderIds()) || !Collections.disjoint(t.matters(catalogue), matters));
    }
}
