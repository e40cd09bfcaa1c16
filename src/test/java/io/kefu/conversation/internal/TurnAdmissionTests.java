package io.kefu.conversation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.http.HttpStatus;

import io.kefu.platform.Problem;
import io.kefu.platform.Readiness;

class TurnAdmissionTests {

    /**
     * Turns run on threads of their own: the common fork-join pool has a single worker on a 2-core
     * machine, and a model training in another test's application context can hold it for seconds.
     */
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aTurnWaitsForAFreePlaceAndThenRuns() throws Exception {
        TurnAdmission admission = new TurnAdmission(1, Duration.ofSeconds(5), ready());
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = holdTheOnlyPlace(admission, finish);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> admission.admit(() -> "second"), threads);

        assertThat(second).isNotDone();
        finish.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("second");
    }

    @Test
    void aTurnThatCannotStartInTimeIsToldToRetry() throws Exception {
        TurnAdmission admission = new TurnAdmission(1, Duration.ofMillis(50), ready());
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = holdTheOnlyPlace(admission, finish);

        assertThatThrownBy(() -> admission.admit(() -> "second"))
            .isInstanceOfSatisfying(Problem.class, problem -> {
                assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                assertThat(problem.getHeaders().getFirst("Retry-After")).isEqualTo("1");
            });
        finish.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(admission.admit(() -> "after")).isEqualTo("after");
    }

    @Test
    void aFailingTurnGivesItsPlaceBack() {
        TurnAdmission admission = new TurnAdmission(1, Duration.ofMillis(50), ready());

        assertThatThrownBy(() -> admission.admit(() -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(admission.admit(() -> "next")).isEqualTo("next");
    }

    @Test
    void aTurnBeforeReadinessWaitsForIt() throws Exception {
        Readiness readiness = ready();
        CompletableFuture<Void> modelTrained = new CompletableFuture<>();
        readiness.register("model", modelTrained);
        TurnAdmission admission = new TurnAdmission(1, Duration.ofSeconds(5), readiness);

        CompletableFuture<String> turn = CompletableFuture.supplyAsync(() -> admission.admit(() -> "decided"), threads);
        Thread.sleep(100);
        assertThat(turn).isNotDone();
        modelTrained.complete(null);
        assertThat(turn.get(5, TimeUnit.SECONDS)).isEqualTo("decided");
    }

    @Test
    void aTurnIsToldToRetryLaterWhenReadinessTakesTooLong() {
        Readiness readiness = ready();
        readiness.register("model", new CompletableFuture<>());
        TurnAdmission admission = new TurnAdmission(1, Duration.ofMillis(50), readiness);

        assertThatThrownBy(() -> admission.admit(() -> "decided by a half-ready model"))
            .isInstanceOfSatisfying(Problem.class, problem -> {
                assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                assertThat(problem.getHeaders().getFirst("Retry-After")).isEqualTo("5");
            });
    }

    /** Readiness of a started application with no further condition. */
    private static Readiness ready() {
        Readiness readiness = new Readiness();
        readiness.onApplicationEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], null, Duration.ZERO));
        return readiness;
    }

    /** A turn named "first" that has started and runs until {@code finish} counts down. */
    private CompletableFuture<String> holdTheOnlyPlace(TurnAdmission admission, CountDownLatch finish)
            throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> admission.admit(() -> {
            running.countDown();
            await(finish);
            return "first";
        }), threads);
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        return first;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
