package io.kefu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;

class AfterStartupTests {

    private final AfterStartup afterStartup = new AfterStartup();

    /** What runs in the background is counted JVM-wide: let earlier test classes' contexts finish theirs. */
    @BeforeEach
    void noOtherBackgroundWork() throws InterruptedException {
        assertThat(AfterStartup.awaitIdle(Duration.ofMinutes(2))).isTrue();
    }

    private void ready() {
        afterStartup.onApplicationEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], null,
                Duration.ZERO));
    }

    @Test
    void longWorkWaitsForPreparations() throws InterruptedException {
        CountDownLatch releasePreparation = new CountDownLatch(1);
        CountDownLatch trained = new CountDownLatch(1);
        AtomicBoolean preparedFirst = new AtomicBoolean();
        CountDownLatch prepared = new CountDownLatch(1);
        afterStartup.prepare("loading", () -> {
            awaitQuietly(releasePreparation);
            prepared.countDown();
        });
        afterStartup.start("training", () -> {
            preparedFirst.set(prepared.getCount() == 0);
            trained.countDown();
        });
        ready();

        assertThat(trained.await(200, TimeUnit.MILLISECONDS)).isFalse();
        releasePreparation.countDown();
        assertThat(trained.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(preparedFirst).isTrue();
    }

    @Test
    void awaitIdleWaitsForRunningWork() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        ready();
        afterStartup.prepare("loading", () -> {
            awaitQuietly(release);
            finished.set(true);
        });

        assertThat(AfterStartup.awaitIdle(Duration.ofMillis(200))).isFalse();
        release.countDown();
        assertThat(AfterStartup.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(finished).isTrue();
    }

    @Test
    void aClosedApplicationStartsNoMoreWork() throws InterruptedException {
        AtomicBoolean ran = new AtomicBoolean();
        ready();
        afterStartup.destroy();

        afterStartup.start("late", () -> ran.set(true));
        afterStartup.prepare("late", () -> ran.set(true));

        assertThat(AfterStartup.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(ran).isFalse();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
