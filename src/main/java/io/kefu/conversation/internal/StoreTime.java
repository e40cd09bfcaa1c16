package io.kefu.conversation.internal;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import io.kefu.commerce.StoreSettings;

/** Message times: the store's local time, to the millisecond. */
final class StoreTime {

    private StoreTime() {
    }

    static OffsetDateTime now(StoreSettings store) {
        return OffsetDateTime.now(store.zone()).truncatedTo(ChronoUnit.MILLIS);
    }
}
