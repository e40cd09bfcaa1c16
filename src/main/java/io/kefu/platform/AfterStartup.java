package io.kefu.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Runs background work once the service is up (port open, start-up runners done) instead of during
 * start-up: on a small machine, loading and training models next to start-up takes the CPU the
 * start-up itself needs, and delays it by seconds. Work comes in two kinds:
 * <ul>
 * <li>{@link #prepare preparations} that the first requests may have to wait for (loading a model,
 * building an index) start as soon as the service is up;</li>
 * <li>{@link #start long work} that has a stand-in meanwhile (training a model) starts once every
 * preparation is done, so that it does not slow down what a waiting request needs.</li>
 * </ul>
 * Work given later follows the same rules. Each piece runs on its own daemon thread, which carries
 * the application's class loader (native libraries are found through it).
 * <p>
 * When the application shuts down, nothing more starts, and work still running gets a while to
 * finish: it may be inside the embedding runtime's native code, and a process that exits under a
 * native call (the runtime's globals are torn down at exit) crashes instead of stopping.
 */
@Component
public class AfterStartup implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AfterStartup.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(15);

    private final ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
    private final List<Thread> preparations = new ArrayList<>();
    private final List<Thread> longWork = new ArrayList<>();
    private final List<Thread> started = new ArrayList<>();
    private boolean ready;
    private boolean closed;
    private int preparing;

    /** Work the first requests may wait for: runs on a new thread with that name once the service is up. */
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

    /** Long work with a stand-in: runs on a new thread with that name once the service is up and prepared. */
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
        started.removeIf(thread -> !thread.isAlive());
        for (Thread thread : threads) {
            thread.start();
            started.add(thread);
        }
    }

    /** Starts nothing more and waits a while for running work, see the class comment. */
    @Override
    public void destroy() {
        List<Thread> running;
        synchronized (this) {
            closed = true;
            running = started.stream().filter(Thread::isAlive).toList();
        }
        if (running.isEmpty()) {
            return;
        }
        log.info("waiting up to {} s for background work to finish: {}", SHUTDOWN_WAIT.toSeconds(),
                running.stream().map(Thread::getName).toList());
        long deadline = System.nanoTime() + SHUTDOWN_WAIT.toNanos();
        try {
            for (Thread thread : running) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !thread.join(Duration.ofNanos(left))) {
                    log.warn("stopping while {} still runs", thread.getName());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Thread thread(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.setContextClassLoader(classLoader);
        return thread;
    }
}
