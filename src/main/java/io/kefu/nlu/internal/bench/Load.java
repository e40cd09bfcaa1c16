package io.kefu.nlu.internal.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * N simulated customers on virtual threads, each in a conversation of its own on the node the
 * options assign it, sending messages until the time is up. A refused opening is an error of its
 * kind and is retried after the node's {@code Retry-After}; a customer that never gets a
 * conversation or an answer is missing from {@link Tally#customersRan()}.
 */
final class Load {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"customerToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final long BILLION = 1_000_000_000L;

    private final BenchOptions options;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicInteger sent = new AtomicInteger();

    Load(BenchOptions options) {
        this.options = options;
    }

    /** A distinct lower-case word per message ("kb", "kc", …): no text is ever seen twice. */
    static String uniqueTag(int n) {
        StringBuilder tag = new StringBuilder("k");
        for (int rest = n; rest > 0 || tag.length() == 1; rest /= 26) {
            tag.append((char) ('a' + rest % 26));
        }
        return tag.toString();
    }

    Tally run() {
        long started = System.nanoTime();
        long measuredFrom = started + options.warmUpSeconds() * BILLION;
        long deadline = measuredFrom + options.durationSeconds() * BILLION;
        Tally tally = new Tally(measuredFrom);
        System.err.printf("%d customers for %d s (after %d s warm-up) against %s%n", options.customers(), options.durationSeconds(),
                options.warmUpSeconds(), String.join(", ", options.urls()));
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < options.customers(); c++) {
                int customer = c;
                threads.submit(() -> customer(options.urlFor(customer), new Random(customer), deadline, tally));
            }
            threads.submit(() -> progress(started, deadline, tally));
        }
        return tally;
    }

    private void customer(String url, Random random, long deadline, Tally tally) {
        String[] conversation = null;
        boolean ran = false;
        if (!arriveAtRandom(random)) {
            return;
        }
        while (System.nanoTime() < deadline) {
            try {
                if (conversation == null) {
                    conversation = open(url, random, deadline, tally);
                    continue;
                }
                String text = CustomerMessages.pick(random) + (options.uniqueTexts() ? " " + uniqueTag(sent.incrementAndGet()) : "");
                HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/conversations/" + conversation[0] + "/messages"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + conversation[1])
                    .timeout(REQUEST_TIMEOUT).POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}")).build();
                long sentAt = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    tally.answered(sentAt, System.nanoTime() - sentAt);
                    if (!ran) {
                        ran = true;
                        tally.customerRan();
                    }
                } else {
                    failed(tally, BenchError.ofStatus(response.statusCode(), false), "a message: HTTP " + response.statusCode());
                    if (response.statusCode() == 409 || response.statusCode() == 403) {
                        conversation = null; // closed or taken over: the customer starts again
                    }
                    pauseAfterRefusal(response, deadline);
                }
                if (options.thinkMillis() > 0) {
                    Thread.sleep(options.thinkMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failed(tally, BenchError.of(e), e.toString());
            }
        }
    }

    /**
     * With a think time, each customer first waits a random part of it: customers who all arrived in
     * the same instant would keep asking in step, a burst of every customer at once per think time
     * that no real crowd sends and that the first minute's figures would mostly measure.
     */
    private boolean arriveAtRandom(Random random) {
        if (options.thinkMillis() <= 0) {
            return true;
        }
        try {
            Thread.sleep(random.nextInt(options.thinkMillis()));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {id, customerToken}, or null when the node refused (counted as an error, after its Retry-After). */
    private String[] open(String url, Random random, long deadline, Tally tally) throws Exception {
        String language = random.nextInt(3) == 0 ? "en" : "zh";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/api/v1/conversations"))
            .header("Content-Type", "application/json").timeout(REQUEST_TIMEOUT)
            .POST(HttpRequest.BodyPublishers.ofString("{\"language\":\"" + language + "\",\"channel\":\"api\"}"));
        if (options.adminToken() != null && !options.adminToken().isBlank()) {
            request.header("Authorization", "Bearer " + options.adminToken());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            failed(tally, BenchError.ofStatus(response.statusCode(), true), "opening a conversation: HTTP " + response.statusCode());
            pauseAfterRefusal(response, deadline);
            return null;
        }
        Matcher id = ID.matcher(response.body());
        Matcher token = TOKEN.matcher(response.body());
        if (!id.find() || !token.find()) {
            throw new IllegalStateException("unexpected conversation response: " + response.body());
        }
        return new String[] {id.group(1), token.group(1)};
    }

    /** Waits as the node asks (Retry-After, else a second), but not past the end of the run. */
    private static void pauseAfterRefusal(HttpResponse<String> response, long deadline) throws InterruptedException {
        long seconds = response.headers().firstValue("Retry-After").map(value -> {
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                return 1L;
            }
        }).orElse(1L);
        long millis = Math.min(Math.max(1, seconds) * 1000, Math.max(0, (deadline - System.nanoTime()) / 1_000_000));
        Thread.sleep(millis);
    }

    /** The first few errors are shown, so a failing run says why. */
    private static void failed(Tally tally, BenchError kind, String detail) {
        if (tally.failed(kind) <= 3) {
            System.err.println("error (" + kind.key + "): " + detail);
        }
    }

    private static void progress(long started, long deadline, Tally tally) {
        try {
            while (System.nanoTime() < deadline) {
                Thread.sleep(5000);
                double seconds = (System.nanoTime() - started) / 1e9;
                System.err.printf(Locale.ROOT, "%.0f s: %d measured turns, %d customers ran, %d errors%n", seconds, tally.measuredTurns(),
                        tally.customersRan(), tally.errors());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
