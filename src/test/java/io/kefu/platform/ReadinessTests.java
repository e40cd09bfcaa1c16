package io.kefu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;

class ReadinessTests {

    private final Readiness readiness = new Readiness();

    private void started() {
        readiness.onApplicationEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], null, Duration.ZERO));
    }

    @Test
    void readyOnceStartedAndEveryConditionIsMet() {
        CompletableFuture<Void> model = new CompletableFuture<>();
        CompletableFuture<Void> index = new CompletableFuture<>();
        readiness.register("model", model);
        readiness.register("index", index);
        model.complete(null);
        index.complete(null);

        assertThat(readiness.isReady()).as("before the start-up is done").isFalse();
        started();
        assertThat(readiness.isReady()).isTrue();
        assertThat(readiness.await(Duration.ZERO)).isTrue();
        assertThat(readiness.conditions()).containsExactly(entry("start-up", Readiness.State.READY),
                entry("model", Readiness.State.READY), entry("index", Readiness.State.READY));
    }

    @Test
    void waitsForTheLastCondition() {
        CompletableFuture<Void> model = new CompletableFuture<>();
        readiness.register("model", model);
        started();

        assertThat(readiness.await(Duration.ofMillis(50))).isFalse();
        assertThat(readiness.conditions()).containsEntry("model", Readiness.State.WAITING);
        CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS).execute(() -> model.complete(null));
        assertThat(readiness.await(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void aConditionRegisteredLaterIsAwaitedToo() {
        started();
        assertThat(readiness.isReady()).isTrue();

        readiness.register("another model", new CompletableFuture<>());
        assertThat(readiness.isReady()).isFalse();
    }

    @Test
    void aFailedConditionIsNeverReady() {
        readiness.register("model", CompletableFuture.failedFuture(new IllegalStateException("cannot train")));
        started();

        assertThat(readiness.await(Duration.ofSeconds(5))).as("fails at once").isFalse();
        assertThat(readiness.conditions()).containsEntry("model", Readiness.State.FAILED);
    }

    @Test
    void aLastConditionBeginsOnlyOnceTheOthersAreMetAndKeepsTheNodeOutOfServiceUntilItEnds() throws InterruptedException {
        CompletableFuture<Void> model = new CompletableFuture<>();
        CompletableFuture<Void> rehearsal = new CompletableFuture<>();
        java.util.concurrent.CountDownLatch begun = new java.util.concurrent.CountDownLatch(1);
        readiness.register("model", model);
        readiness.registerLast("warm-up", () -> {
            begun.countDown();
            return rehearsal;
        });
        started();

        assertThat(readiness.await(Duration.ofMillis(50))).isFalse();
        assertThat(begun.getCount()).as("not begun before the model is ready").isEqualTo(1);
        model.complete(null);
        assertThat(begun.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(readiness.isReady()).as("while the step runs").isFalse();
        assertThat(readiness.conditions()).containsEntry("warm-up", Readiness.State.WAITING);
        rehearsal.complete(null);
        assertThat(readiness.await(Duration.ofSeconds(5))).isTrue();
        assertThat(readiness.conditions()).containsEntry("warm-up", Readiness.State.READY);
    }

    @Test
    void aLastConditionDoesNotBeginWhenAnotherFails() {
        java.util.concurrent.atomic.AtomicInteger begun = new java.util.concurrent.atomic.AtomicInteger();
        readiness.register("model", CompletableFuture.failedFuture(new IllegalStateException("cannot train")));
        readiness.registerLast("warm-up", () -> {
            begun.incrementAndGet();
            return CompletableFuture.completedFuture(null);
        });
        started();

        assertThat(readiness.await(Duration.ofSeconds(1))).isFalse();
        assertThat(begun).hasValue(0);
    }

    private static Map.Entry<String, Readiness.State> entry(String name, Readiness.State state) {
        return Map.entry(name, state);
    }
}
