package io.kefu.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Starts background work once the service is ready (port open, start-up runners done) instead of
 * during start-up: on a small machine, training a model next to start-up takes the CPU the start-up
 * itself needs, and delays it by seconds. Work given after that starts at once. Each piece of work
 * runs on its own daemon thread, which carries the application's class loader (native libraries
 * are found through it).
 */
@Component
public class AfterStartup implements ApplicationListener<ApplicationReadyEvent> {

    private final ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
    private final List<Thread> waiting = new ArrayList<>();
    private boolean ready;

    /** Runs the work on a new thread with that name, now if the service is ready, else once it is. */
    public void start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.setContextClassLoader(classLoader);
        synchronized (this) {
            if (!ready) {
                waiting.add(thread);
                return;
            }
        }
        thread.start();
    }

    /** An executor that runs each task as {@link #start started} work with that name. */
    public Executor executor(String name) {
        return work -> start(name, work);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        List<Thread> threads;
        synchronized (this) {
            ready = true;
            threads = List.copyOf(waiting);
            waiting.clear();
        }
        threads.forEach(Thread::start);
    }
}
