package io.kefu.outreach.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.kefu.commerce.StoreSettingsService;

/**
 * Now, in the store's time zone (quiet hours and the budget's month are the store's): the instant
 * from the {@link Clock} bean when there is one (tests move it), else the system clock.
 */
@Component
class OutreachClock {

    private final Clock clock;
    private final StoreSettingsService settings;

    OutreachClock(ObjectProvider<Clock> clock, StoreSettingsService settings) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.settings = settings;
    }

    OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), settings.current().zone()).truncatedTo(ChronoUnit.MILLIS);
    }
}
