package io.kefu.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

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
 */
@Component
public class AfterStartup implements ApplicationListener<ApplicationReadyEvent> {

    private final ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
    private final List<Thread> preparations = new ArrayList<>();
    private final List<Thread> longWork = new ArrayList<>();
    private boolean ready;
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
        }
        thread.start();
    }

    /** Long work with a stand-in: runs on a new thread with that name once the service is up and prepared. */
    public void start(String name, Runnable work) {
        Thread thread = thread(name, work);
        synchronized (this) {
            if (!ready || preparing > 0) {
                longWork.add(thread);
                return;
            }
        }
        thread.start();
    }

    /** An executor that runs each task as {@link #start long work} with that name. */
    public Executor executor(String name) {
        return work -> start(name, work);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        List<Thread> now;
        synchronized (this) {
            ready = true;
            preparing += preparations.size();
            now = new ArrayList<>(preparations);
            preparations.clear();
            if (preparing == 0) {
                now.addAll(longWork);
                longWork.clear();
            }
        }
        now.forEach(Thread::start);
    }

    private void prepared() {
        List<Thread> now = List.of();
        synchronized (this) {
            preparing--;
            if (preparing == 0) {
                now = List.copyOf(longWork);
                longWork.clear();
            }
        }
        now.forEach(Thread::start);
    }

    private Thread thread(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.setContextClassLoader(classLoader);
        return thread;
    }
}
