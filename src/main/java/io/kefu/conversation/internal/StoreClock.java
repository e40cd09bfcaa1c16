package io.kefu.conversation.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.kefu.commerce.StoreSettingsService;

/**
 * Message times: the store's local time, to the millisecond. The instant comes from a {@link Clock}
 * bean when there is one (tests move it instead of sleeping), else from the system clock; the zone
 * is always the store's, so a clock bean never changes what zone a transcript is written in.
 */
@Component
class StoreClock {

    private final StoreSettingsService settings;
    private final Clock clock;

    StoreClock(StoreSettingsService settings, ObjectProvider<Clock> clock) {
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), settings.current().zone()).truncatedTo(ChronoUnit.MILLIS);
    }
}
