package io.kefu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kefu.KefuApplication;

/**
 * Trust item 7, the last edge: stopping the service logs no error. Kefu runs as it does out of the
 * box (the embedded database in its data directory), in a JVM of its own so that it can be stopped
 * with SIGTERM; a request is still being received and the desk's background jobs tick every 50 ms
 * while the service shuts down gracefully. The database must outlive them all. It is stopped once
 * the models are loaded and the intent model trained (a model still loading when the JVM exits is
 * another story, see AfterStartup), which takes long enough to make this an {@code *IT}; it needs
 * no service but runs with them ({@code -Pservices}).
 */
class CleanShutdownIT {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    @TempDir
    Path dataDir;

    @Test
    void stoppingWhileARequestAndTheBackgroundJobsRunLogsNoError() throws Exception {
        Path log = dataDir.resolve("kefu.log");
        Process kefu = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), KefuApplication.class.getName(), "--server.port=0",
                "--kefu.data-dir=" + dataDir.resolve("data"), "--kefu.agentdesk.tick=50ms"))
            .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            int port = awaitPort(log, kefu);
            awaitLine(log, kefu, "intent model trained");
            try (Socket warmUp = new Socket("localhost", port)) {
                warmUp.getOutputStream().write("GET /actuator/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
                statusLine(warmUp.getInputStream());
            }
            try (Socket client = new Socket("localhost", port)) {
                OutputStream out = client.getOutputStream();
                String body = "{\"language\":\"zh\"}";
                out.write(("POST /api/v1/conversations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(1000);
                kefu.destroy();
                // the request is in flight: the graceful shutdown waits for it while the jobs go on
                Thread.sleep(1500);
                out.write(body.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                assertThat(statusLine(client.getInputStream())).as("the request in flight is served").contains(" 201 ");
            }
            assertThat(kefu.waitFor(60, TimeUnit.SECONDS)).as("the service stops").isTrue();
        }
        finally {
            kefu.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(output).contains("Graceful shutdown complete");
        assertThat(output.lines().filter(line -> line.contains(" ERROR ") || line.contains("already closed")).toList())
            .as("errors at shutdown").isEmpty();
        assertThat(output).doesNotContain("Agent desk jobs failed");
    }

    private static int awaitPort(Path log, Process kefu) throws IOException, InterruptedException {
        Matcher port = PORT.matcher(awaitLine(log, kefu, "Started KefuApplication"));
        assertThat(port.find()).isTrue();
        return Integer.parseInt(port.group(1));
    }

    /** The output so far, once it has a line containing {@code text}. */
    private static String awaitLine(Path log, Process kefu, String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline && kefu.isAlive()) {
            String output = Files.readString(log);
            if (output.contains(text)) {
                return output;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Kefu never logged '" + text + "':\n" + Files.readString(log));
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) >= 0 && c != '\n';) {
            line.append((char) c);
        }
        return line.toString();
    }
}
