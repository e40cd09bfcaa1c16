package io.kefu.insight.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Now, for insight: from the {@link Clock} bean when there is one (tests move it to play histories
 * over days), else the system clock — the same instant conversations stamp their messages with.
 */
@Component
class InsightClock {

    private final Clock clock;

    InsightClock(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
