package io.kefu.nlu.internal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import io.kefu.nlu.Embedder;
import io.kefu.nlu.internal.embedding.OnnxEmbedder;

/**
 * {@code bench --url URL[,URL...] [options]} ({@link BenchOptions#USAGE}): lets N simulated customers
 * each open a conversation and send messages for S seconds, after an unmeasured warm-up, then
 * measures the raw in-process embedding throughput with all cores (the physical limit of this
 * design; after the load, so that loading the models does not delay it). Progress goes to stderr;
 * the last stdout line is JSON with throughput, latency percentiles, how many customers ran of how
 * many were asked for, errors by kind, the figures per window when asked, and the ratio of turns per
 * second to embeddings per second.
 *
 * <p>The message mix repeats a few dozen texts, as shoppers repeat 你好 and 我的订单到哪了; the
 * service embeds a text it saw moments ago only once, so after the first minute most turns skip
 * the embedding. {@code --unique-texts true} tags every message with a distinct made-up word, so
 * every turn pays for its own embedding (the worst case: no shopper ever repeats another).
 */
public final class BenchCommand {

    private static final double EMBEDDING_SECONDS = 8;

    private BenchCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        Optional<BenchOptions> parsed = BenchOptions.parse(args, System.getenv());
        if (parsed.isEmpty()) {
            System.err.print(BenchOptions.USAGE);
            return 2;
        }
        BenchOptions options = parsed.get();
        Tally tally = new Load(options).run();
        double embeddingsPerSecond = options.embedding() ? embeddingThroughput() : 0;
        if (options.embedding()) {
            System.err.printf(Locale.ROOT, "raw embedding throughput: %.0f embeddings/s%n", embeddingsPerSecond);
        }
        System.out.println(summary(options, tally, embeddingsPerSecond));
        return 0;
    }

    static String summary(BenchOptions options, Tally tally, double embeddingsPerSecond) {
        long measured = options.durationSeconds() * 1_000_000_000L;
        Tally.Figures all = tally.figures(0, measured);
        double ratio = embeddingsPerSecond == 0 ? 0 : all.turnsPerSecond() / embeddingsPerSecond;
        String errors = tally.errorsByKind().entrySet().stream()
            .map(entry -> "\"" + entry.getKey().key + "\":" + entry.getValue()).collect(Collectors.joining(","));
        List<String> windows = new ArrayList<>();
        if (options.windowSeconds() > 0) {
            long window = options.windowSeconds() * 1_000_000_000L;
            for (long from = 0; from < measured; from += window) {
                Tally.Figures figures = tally.figures(from, Math.min(measured, from + window));
                System.err.printf(Locale.ROOT, "window %d-%d s: %d turns, %.1f turns/s, p50 %.1f ms, p99 %.1f ms%n",
                        figures.fromSecond(), Math.min(measured, from + window) / 1_000_000_000L, figures.turns(),
                        figures.turnsPerSecond(), figures.p50(), figures.p99());
                windows.add(String.format(Locale.ROOT, "{\"fromSecond\":%d,\"turns\":%d,\"turnsPerSecond\":%.2f,\"p50Millis\":%.1f,"
                        + "\"p99Millis\":%.1f}", figures.fromSecond(), figures.turns(), figures.turnsPerSecond(), figures.p50(), figures.p99()));
            }
        }
        return String.format(Locale.ROOT,
                "{\"turnsPerSecond\":%.2f,\"p50Millis\":%.1f,\"p95Millis\":%.1f,\"p99Millis\":%.1f,\"errors\":%d,\"errorsByKind\":{%s},"
                        + "\"embeddingsPerSecond\":%.1f,\"ratio\":%.3f,\"turns\":%d,\"customersAsked\":%d,\"customersRan\":%d,"
                        + "\"nodes\":%d,\"windows\":[%s]}",
                all.turnsPerSecond(), all.p50(), all.p95(), all.p99(), tally.errors(), errors, embeddingsPerSecond, ratio, all.turns(),
                options.customers(), tally.customersRan(), options.urls().size(), String.join(",", windows));
    }

    /** Embeds the message mix (Chinese with the Chinese model, English with the English one) on all cores. */
    static double embeddingThroughput() {
        System.err.println("loading the embedding models");
        Embedder chinese = OnnxEmbedder.chinese();
        Embedder english = OnnxEmbedder.english();
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (String message : CustomerMessages.all()) {
            (message.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? zh : en).add(message);
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
}
