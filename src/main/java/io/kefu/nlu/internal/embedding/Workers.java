package io.kefu.nlu.internal.embedding;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * Daemon worker threads that carry the creating thread's context class loader. The tokenizer
 * library finds its native files through that loader, and in the packaged jar only the
 * application's loader can see them — a thread of the common fork-join pool cannot.
 */
public final class Workers {

    private Workers() {
    }

    public static ExecutorService pool(String name, int threads) {
        return Executors.newFixedThreadPool(threads, factory(name));
    }

    public static ThreadFactory factory(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        };
    }
}
