package io.kefu.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Runs background work once the service is up (port open, start-up runners done) instead of during
 * start-up: on a small machine, loading and training models next to start-up takes the CPU the
 * start-up itself needs, and delays it by seconds. Work comes in two kinds:
 * <ul>
 * <li>{@link #prepare preparations} (loading a model, building an index) start as soon as the
 * service is up;</li>
 * <li>{@link #start long work} (training a model) starts once every preparation is done: it needs
 * what they provide (training embeds its examples with the loaded models), and on two cores running
 * beside them would only slow both down.</li>
 * </ul>
 * Work given later follows the same rules. Each piece runs on its own daemon thread, which carries
 * the application's class loader (native libraries are found through it).
 * <p>
 * Customer turns do not wait for this work as such but for what it brings about (a model loaded,
 * an index built), which the components register with {@link Readiness}.
 * <p>
 * Once the application context closes, nothing more starts. Work still running may be inside the
 * embedding runtime's native code, and ONNX Runtime frees its environment in a JVM shutdown hook
 * that runs alongside every other hook, so a JVM that exits under such a call crashes (SIGSEGV)
 * instead of stopping; no hook of ours can run before it. Whoever ends the JVM on purpose right
 * after starting a context (the test suite) first waits for {@link #awaitIdle}.
 */
@Component
public class AfterStartup implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    // JVM-wide, like the native runtime whose calls it guards
    private static final Set<Thread> RUNNING = ConcurrentHashMap.newKeySet();

    private final ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
    private final List<Thread> preparations = new ArrayList<>();
    private final List<Thread> longWork = new ArrayList<>();
    private boolean ready;
    private boolean closed;
    private int preparing;

    /** Work that readiness may wait for: runs on a new thread with that name once the service is up. */
    public void prepare(String name, Runnable work) {
        Thread thread = thread(name, () -> {
            try {
                work.run();
            }
            finally {
                prepared();
            }
        });
        synchronized (this) {
            if (!ready) {
                preparations.add(thread);
                return;
            }
            preparing++;
            launch(List.of(thread));
        }
    }

    /** Long work: runs on a new thread with that name once the service is up and prepared. */
    public void start(String name, Runnable work) {
        Thread thread = thread(name, work);
        synchronized (this) {
            if (!ready || preparing > 0) {
                longWork.add(thread);
                return;
            }
            launch(List.of(thread));
        }
    }

    /** An executor that runs each task as {@link #start long work} with that name. */
    public Executor executor(String name) {
        return work -> start(name, work);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        synchronized (this) {
            ready = true;
            preparing += preparations.size();
            launch(preparations);
            preparations.clear();
            if (preparing == 0) {
                launch(longWork);
                longWork.clear();
            }
        }
    }

    private void prepared() {
        synchronized (this) {
            preparing--;
            if (preparing == 0) {
                launch(longWork);
                longWork.clear();
            }
        }
    }

    /** Starts the threads unless the application is shutting down. Called holding this object's lock. */
    private void launch(List<Thread> threads) {
        if (closed) {
            return;
        }
        for (Thread thread : threads) {
            RUNNING.add(thread);
            thread.start();
        }
    }

    /** Starts nothing more: the application is shutting down. */
    @Override
    public synchronized void destroy() {
        closed = true;
    }

    /**
     * Waits until no background work of any application in this JVM runs, or the timeout passes.
     *
     * @return whether all of it has finished
     */
    static boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        // work that finishes may start more (long work after the last preparation), so look again each time
        for (Thread thread; (thread = RUNNING.stream().findAny().orElse(null)) != null;) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !thread.join(Duration.ofNanos(left))) {
                return false;
            }
        }
        return true;
    }

    private Thread thread(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } finally {
                RUNNING.remove(Thread.currentThread());
            }
        }, name);
        thread.setDaemon(true);
        thread.setContextClassLoader(classLoader);
        return thread;
    }
}
