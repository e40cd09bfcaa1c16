package io.kefu.platform;

import java.time.Duration;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Keeps the test JVM from exiting while an application context's background work (model loading,
 * training) is inside ONNX Runtime's native code: the runtime frees its environment in a shutdown
 * hook, and a native call that outlives it crashes the JVM after every test has passed. Registered
 * through {@code META-INF/services}.
 */
public class BackgroundWorkDrain implements LauncherSessionListener {

    private static final Duration LIMIT = Duration.ofMinutes(2);

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            if (!AfterStartup.awaitIdle(LIMIT)) {
                System.err.println("background work still running after " + LIMIT.toSeconds() + " s; exiting anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
