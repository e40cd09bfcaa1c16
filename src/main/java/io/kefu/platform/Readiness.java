package io.kefu.platform;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Whether this node serves a customer turn at full quality. Every component whose model or index a
 * turn needs registers, while the application starts, the moment it will be ready (a model trained
 * or loaded, an index built); the node is ready once all of them are. Until then
 * {@code /actuator/health} and {@code /actuator/health/readiness} report {@code OUT_OF_SERVICE}
 * (HTTP 503), so a load balancer sends no customer here, and a turn that arrives anyway waits for
 * readiness instead of being decided by a half-ready model.
 * <p>
 * A further model is one more {@link #register} call. The first condition is the start-up itself
 * (the application context refreshed and the start-up runners done): components register while the
 * context is built, so before that the list may be incomplete, and the demo store is seeded by a
 * runner. A condition that fails (a model that cannot be trained) leaves the node {@code DOWN}: it
 * will not become ready without help.
 * <p>
 * A {@linkplain #registerLast last condition} is a step that needs all the others met before it
 * can begin, such as warming the turn path up with the trained models.
 */
@Component
public class Readiness implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(Readiness.class);

    private final Map<String, CompletableFuture<?>> conditions = new LinkedHashMap<>();
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private CompletableFuture<Void> all;

    public Readiness() {
        register("start-up", started);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        started.complete(null);
    }

    /**
     * Adds a condition of readiness.
     *
     * @param name  what is awaited, as operators read it in the health details ("intent model")
     * @param ready completes when it is ready, exceptionally when it never will be
     */
    public void register(String name, CompletionStage<?> ready) {
        CompletableFuture<?> condition = ready.toCompletableFuture();
        condition.whenComplete((result, failure) -> {
            if (failure != null) {
                log.error("{} will not become ready; this node stays out of service", name, failure);
            }
        });
        CompletableFuture<Void> allNow;
        synchronized (this) {
            conditions.put(name, condition);
            all = CompletableFuture.allOf(conditions.values().toArray(CompletableFuture[]::new));
            allNow = all;
        }
        allNow.thenRun(() -> announce(allNow));
    }

    /**
     * Adds a condition that is a step of its own, begun once the start-up is done and every other
     * condition registered by then is met (none fails): e.g. rehearsing turns with the trained models.
     * The node is not ready until the step's stage completes. The step runs on a thread of its own,
     * so it never holds up the start-up.
     *
     * @param name what is awaited, as operators read it in the health details
     * @param step begins the step; its stage completes when the step is done
     */
    public void registerLast(String name, Supplier<? extends CompletionStage<?>> step) {
        CompletableFuture<Object> done = new CompletableFuture<>();
        register(name, done);
        Executor ownThread = task -> Thread.ofPlatform().name(name).daemon().start(task);
        started.thenCompose(ignored -> allBut(done))
            .thenComposeAsync(ignored -> step.get().thenApply(result -> (Object) result), ownThread)
            .whenComplete((result, failure) -> {
                if (failure != null) {
                    done.completeExceptionally(failure);
                } else {
                    done.complete(result);
                }
            });
    }

    private synchronized CompletableFuture<Void> allBut(CompletableFuture<?> condition) {
        return CompletableFuture.allOf(conditions.values().stream().filter(other -> other != condition)
            .toArray(CompletableFuture[]::new));
    }

    /** Whether every registered condition is met. */
    public boolean isReady() {
        CompletableFuture<Void> allNow = current();
        return allNow.isDone() && !allNow.isCompletedExceptionally();
    }

    /**
     * Waits until the node is ready, at most {@code timeout}; returns at once when it is.
     *
     * @return whether the node is ready; false also when a condition failed or the wait was interrupted
     */
    public boolean await(Duration timeout) {
        try {
            current().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /** Each condition by name, in the order registered. */
    public synchronized Map<String, State> conditions() {
        Map<String, State> states = new LinkedHashMap<>();
        conditions.forEach((name, condition) -> states.put(name, State.of(condition)));
        return states;
    }

    private synchronized CompletableFuture<Void> current() {
        return all;
    }

    /** Logs the time to ready once, when the last condition registered so far is met. */
    private void announce(CompletableFuture<Void> completed) {
        synchronized (this) {
            if (completed != all) {
                return;
            }
        }
        log.info("Ready to serve turns {} s after the JVM started: {}", ManagementFactory.getRuntimeMXBean().getUptime() / 100 / 10.0,
                String.join(", ", conditions().keySet()));
    }

    /** Where one condition stands. */
    public enum State {
        WAITING, READY, FAILED;

        static State of(CompletableFuture<?> condition) {
            if (!condition.isDone()) {
                return WAITING;
            }
            return condition.isCompletedExceptionally() ? FAILED : READY;
        }
    }
}
