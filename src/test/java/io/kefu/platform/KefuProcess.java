package io.kefu.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.kefu.ApiClient;

/**
 * The packaged service ({@code target/kefu.jar}) run as a process of its own, as a merchant runs
 * it, so that a test can kill it the hard way ({@link #kill}: SIGKILL, no shutdown hook, no
 * flush) and start it again on the same data. Its output goes to a log file beside the data.
 */
final class KefuProcess {

    static final String ADMIN = "process-admin-token";
    private static final Path JAR = Path.of("target", "kefu.jar");

    private final List<String> arguments;
    private final Path log;
    private final int port;
    private Process process;

    private KefuProcess(List<String> arguments, Path log, int port) {
        this.arguments = arguments;
        this.log = log;
        this.port = port;
    }

    /**
     * @param dataDir  the data directory (H2 database, indexes); kept across restarts
     * @param settings further {@code --name=value} arguments (datasource, profile)
     */
    static KefuProcess on(Path dataDir, List<String> settings) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the package phase first (failsafe runs after it).");
        }
        int port = freePort();
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--kefu.data-dir=" + dataDir.toAbsolutePath(),
                "--kefu.security.admin-token=" + ADMIN,
                "--kefu.security.conversations-per-minute-per-client=1000000"));
        arguments.addAll(settings);
        return new KefuProcess(arguments, dataDir.resolveSibling(dataDir.getFileName() + ".log"), port);
    }

    /** Starts the service and waits until it is ready to serve customer turns. */
    KefuProcess start(Duration timeout) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx768m", "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(timeout);
        return this;
    }

    ApiClient client() {
        return new ApiClient(port);
    }

    /** SIGKILL on Linux: the JVM gets no chance to flush or close anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The service did not die within 30 s of SIGKILL.");
        }
    }

    /** Stops the service if it still runs (end of a test, also after a failure). */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    Path log() {
        return log;
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            }
            catch (IOException notListeningYet) {
                // starting
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException("The service was not ready within " + timeout + "; see " + log.toAbsolutePath());
    }

    private static String javaExecutable() {
        // the JDK running the tests, which is the one the jar was built for
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
