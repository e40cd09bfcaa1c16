package io.kefu.nlu.internal.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kefu.nlu.Embedder;
import io.kefu.nlu.internal.embedding.OnnxEmbedder;

/**
 * {@code bench --url URL [--customers N] [--duration S] [--think-millis M] [--unique-texts true]}:
 * first measures the raw in-process embedding throughput with all cores (the physical limit of
 * this design), then lets N simulated customers each open a conversation and send messages for S
 * seconds, after a warm-up of a quarter of that (at most 10 s) that is not measured. Progress goes
 * to stderr; the last stdout line is JSON with throughput, latency percentiles, errors and the ratio
 * of turns per second to embeddings per second.
 *
 * <p>The message mix repeats a few dozen texts, as shoppers repeat 你好 and 我的订单到哪了; the
 * service embeds a text it saw moments ago only once, so after the first minute most turns skip
 * the embedding. {@code --unique-texts true} tags every message with a distinct made-up word, so
 * every turn pays for its own embedding (the worst case: no shopper ever repeats another).
 *
 * <p>Run it against a service whose per-client limit on new conversations admits N customers
 * (e.g. {@code --kefu.security.conversations-per-minute-per-client=1000}) and whose per-conversation
 * message limit lets a simulated customer send without pause (e.g.
 * {@code --kefu.security.message-burst-per-conversation=1000000}): a refused opening is retried after
 * a pause and does not count as a turn; a refused message (429) counts as an error. The customers
 * are anonymous visitors, so no identity secret is needed.
 */
public final class BenchCommand {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"customerToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final double EMBEDDING_SECONDS = 8;

    private BenchCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (!options.containsKey("url")) {
            System.err.println("usage: bench --url URL [--customers N] [--duration S] [--think-millis M] "
                    + "[--unique-texts true]");
            return 2;
        }
        String url = options.get("url").replaceFirst("/+$", "");
        int customers = Integer.parseInt(options.getOrDefault("customers", "50"));
        int duration = Integer.parseInt(options.getOrDefault("duration", "30"));
        int think = Integer.parseInt(options.getOrDefault("think-millis", "0"));
        boolean uniqueTexts = Boolean.parseBoolean(options.getOrDefault("unique-texts", "false"));

        double embeddingsPerSecond = embeddingThroughput();
        System.err.printf(Locale.ROOT, "raw embedding throughput: %.0f embeddings/s%n", embeddingsPerSecond);
        Result result = new Load(url, customers, duration, think, uniqueTexts).run();
        double ratio = embeddingsPerSecond == 0 ? 0 : result.turnsPerSecond() / embeddingsPerSecond;
        System.out.println(String.format(Locale.ROOT,
                "{\"turnsPerSecond\":%.2f,\"p50Millis\":%.1f,\"p95Millis\":%.1f,\"p99Millis\":%.1f,\"errors\":%d,"
                        + "\"embeddingsPerSecond\":%.1f,\"ratio\":%.3f,\"turns\":%d,\"customers\":%d}",
                result.turnsPerSecond(), result.p50(), result.p95(), result.p99(), result.errors(),
                embeddingsPerSecond, ratio, result.turns(), customers));
        return 0;
    }

    /** Embeds the message mix (Chinese with the Chinese model, English with the English one) on all cores. */
    static double embeddingThroughput() {
        System.err.println("loading the embedding models");
        Embedder chinese = OnnxEmbedder.chinese();
        Embedder english = OnnxEmbedder.english();
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (String message : CustomerMessages.all()) {
            (message.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? zh : en)
                    .add(message);
        }
        long started = System.nanoTime();
        long count = 0;
        int round = 0;
        while ((System.nanoTime() - started) / 1e9 < EMBEDDING_SECONDS) {
            // distinct texts each round, so nothing can be served from any cache
            int r = round++;
            List<String> zhBatch = zh.stream().map(text -> text + " " + r).toList();
            List<String> enBatch = en.stream().map(text -> text + " " + r).toList();
            count += chinese.embedAll(zhBatch).size() + english.embedAll(enBatch).size();
        }
        return count / ((System.nanoTime() - started) / 1e9);
    }

    record Result(double turnsPerSecond, double p50, double p95, double p99, int errors, int turns) {
    }

    /** N customers on virtual threads, each in its own conversation. */
    record Load(String url, int customers, int duration, int think, boolean uniqueTexts) {

        private static final AtomicInteger SENT = new AtomicInteger();

        /** A distinct lower-case word per message ("kb", "kc", …): no text is ever seen twice. */
        static String uniqueTag(int n) {
            StringBuilder tag = new StringBuilder("k");
            for (int rest = n; rest > 0 || tag.length() == 1; rest /= 26) {
                tag.append((char) ('a' + rest % 26));
            }
            return tag.toString();
        }

        Result run() {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            AtomicInteger errors = new AtomicInteger();
            long started = System.nanoTime();
            // the first seconds (opening conversations, JIT warm-up on both sides) are not measured
            long warmup = Math.min(10, duration / 4) * 1_000_000_000L;
            long measuredFrom = started + warmup;
            long deadline = measuredFrom + duration * 1_000_000_000L;
            System.err.printf("%d customers for %d s (after %d s warm-up) against %s%n", customers, duration,
                    warmup / 1_000_000_000L, url);
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int c = 0; c < customers; c++) {
                    long seed = c;
                    threads.submit(() -> customer(http, new Random(seed), measuredFrom, deadline, latencies, errors));
                }
                threads.submit(() -> progress(started, deadline, latencies, errors));
            }
            double seconds = (System.nanoTime() - measuredFrom) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return new Result(sorted.size() / seconds, percentile(sorted, 50), percentile(sorted, 95),
                    percentile(sorted, 99), errors.get(), sorted.size());
        }

        private void customer(HttpClient http, Random random, long measuredFrom, long deadline,
                ConcurrentLinkedQueue<Long> latencies,
                AtomicInteger errors) {
            String[] conversation = null;
            while (System.nanoTime() < deadline) {
                try {
                    if (conversation == null) {
                        conversation = open(http, random);
                        if (conversation == null) {
                            Thread.sleep(1000);
                            continue;
                        }
                    }
                    String text = CustomerMessages.pick(random)
                            + (uniqueTexts ? " " + uniqueTag(SENT.incrementAndGet()) : "");
                    String body = "{\"text\":\"" + text + "\"}";
                    HttpRequest request = HttpRequest.newBuilder(
                                    URI.create(url + "/api/v1/conversations/" + conversation[0] + "/messages"))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + conversation[1])
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long sent = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    boolean measured = sent >= measuredFrom; // turns of the warm-up are not counted
                    if (response.statusCode() == 200) {
                        if (measured) {
                            latencies.add(System.nanoTime() - sent);
                        }
                    } else {
                        if (measured) {
                            report(errors.incrementAndGet(), "HTTP " + response.statusCode());
                        }
                        if (response.statusCode() == 409 || response.statusCode() == 403) {
                            conversation = null; // closed or taken over: the customer starts again
                        }
                    }
                    if (think > 0) {
                        Thread.sleep(think);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    report(errors.incrementAndGet(), e.toString());
                }
            }
        }

        /** The first few errors are shown, so a failing run says why. */
        private static void report(int count, String error) {
            if (count <= 5) {
                System.err.println("error: " + error);
            }
        }

        /** {id, customerToken}, or null when the service refused to open one now. */
        private String[] open(HttpClient http, Random random) throws Exception {
            String language = random.nextInt(3) == 0 ? "en" : "zh";
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/conversations"))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"language\":\"" + language + "\",\"channel\":\"api\"}"))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                System.err.println("opening a conversation: HTTP " + response.statusCode());
                return null;
            }
            Matcher id = ID.matcher(response.body());
            Matcher token = TOKEN.matcher(response.body());
            if (!id.find() || !token.find()) {
                throw new IllegalStateException("unexpected conversation response: " + response.body());
            }
            return new String[] {id.group(1), token.group(1)};
        }

        private void progress(long started, long deadline, ConcurrentLinkedQueue<Long> latencies,
                AtomicInteger errors) {
            try {
                while (System.nanoTime() < deadline) {
                    Thread.sleep(5000);
                    double seconds = (System.nanoTime() - started) / 1e9;
                    System.err.printf(Locale.ROOT, "%.0f s: %d turns (%.1f/s), %d errors%n", seconds, latencies.size(),
                            latencies.size() / seconds, errors.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static double percentile(List<Long> sortedNanos, int percent) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(sortedNanos.size() - 1, index))) / 1e6;
    }
}
