package io.kefu.evaluation;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.kefu.commerce.StoreFile;
import io.kefu.evaluation.internal.InProcessKefu;
import io.kefu.evaluation.internal.KefuHttp;
import io.kefu.evaluation.internal.ParaphraseCheck;
import io.kefu.evaluation.internal.Scenario;
import io.kefu.evaluation.internal.ScenarioFiles;
import io.kefu.evaluation.internal.ScenarioPlayer;
import io.kefu.evaluation.internal.StoreUpload;
import io.kefu.platform.CsvFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eval --task conversations --store store.json --scenarios dir/},
 * {@code eval --task faq --store store.json --questions paraphrases.csv} and
 * {@code eval --task needs --store store.json --queries needs.csv}: imports the store into a
 * fresh service (started in this JVM, or the one at {@code --url}), waits until it is ready, and
 * plays the conversation suite, asks every paraphrase or every need-style request as a shopper would. Each failure is listed
 * on standard error; the last line on standard output is the JSON result.
 */
@Command(name = "eval", description = "Measures the bot on a store: conversation suites, FAQ paraphrases and product needs.")
public final class StoreEvaluation implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Option(names = "--task", required = true, description = "conversations | faq | needs")
    String task;

    @Option(names = "--store", required = true, description = "the store file (import formats, optional anchor)")
    Path store;

    @Option(names = "--scenarios", description = "a directory of scenario *.yml files, or one file (task conversations)")
    Path scenarios;

    @Option(names = "--questions", description = "CSV question,faq_id; an empty faq_id = no entry answers it (task faq)")
    Path questions;

    @Option(names = "--queries", description = "CSV query,acceptable_skus (SKUs separated by |) (task needs)")
    Path queries;

    @Option(names = "--customer", description = "ask the FAQ questions as this signed-in customer (default: an anonymous visitor)")
    String customer;

    @Option(names = "--transcript", description = "also print every turn played and the bot's answer")
    boolean transcript;

    @Option(names = "--explain", description = "log how each turn was read and routed: intent scores, FAQ band and candidates (in-process "
            + "service only); task needs: every request with the products shown and their reasons")
    boolean explain;

    @Option(names = "--url", description = "a running service to measure (default: one started in this process)")
    String url;

    @Option(names = "--admin-token", description = "the admin token of the service at --url")
    String adminToken;

    @Option(names = "--data-dir", defaultValue = "${KEFU_DATA_DIR:-./data}/eval",
            description = "models and indexes of the in-process service (kept between runs)")
    Path dataDirectory;

    private final Class<?> application;
    private final PrintStream out;
    private final PrintStream progress;

    StoreEvaluation(Class<?> application, PrintStream out, PrintStream progress) {
        this.application = application;
        this.out = out;
        this.progress = progress;
    }

    /**
     * Runs the command line; returns the process exit code (2 for a usage error).
     *
     * @param application the application to start in this process when no {@code --url} is given
     */
    public static int run(String[] args, Class<?> application) {
        return new CommandLine(new StoreEvaluation(application, System.out, System.err)).setUnmatchedArgumentsAllowed(false).execute(args);
    }

    @Override
    public Integer call() {
        if (!List.of("conversations", "faq", "needs").contains(task) || "conversations".equals(task) && scenarios == null
                || "faq".equals(task) && questions == null || "needs".equals(task) && queries == null || url != null && adminToken == null) {
            progress.println("usage: eval --task conversations --store S.json --scenarios DIR | eval --task faq --store S.json "
                    + "--questions Q.csv [--customer ID] | eval --task needs --store S.json --queries N.csv [--explain] "
                    + "[--url URL --admin-token T] [--data-dir D]");
            return 2;
        }
        JsonNode storeData = StoreFile.read(store, JSON, OffsetDateTime.now());
        Map<String, Object> result;
        if (url != null) {
            result = measure(new KefuHttp(url, adminToken), storeData);
        }
        else {
            progress.println("starting a service with an empty store (data directory " + dataDirectory + ") ...");
            try (InProcessKefu service = InProcessKefu.start(application, dataDirectory,
                    !explain ? new String[0] : "needs".equals(task) ? new String[] {"--logging.level.io.kefu.dialogue.internal.ProductFinder=DEBUG"}
                            : new String[] {"--logging.level.io.kefu.dialogue.internal.TurnRouter=DEBUG"})) {
                result = measure(service.http(), storeData);
            }
        }
        out.println(JSON.writeValueAsString(result));
        return 0;
    }

    private Map<String, Object> measure(KefuHttp service, JsonNode storeData) {
        long started = System.nanoTime();
        StoreUpload.upload(service, storeData);
        progress.println("store imported; waiting for readiness ...");
        InProcessKefu.awaitReady(service);
        progress.printf("ready %.1f s after the import%n", (System.nanoTime() - started) / 1e9);
        Map<String, Object> result = switch (task) {
            case "faq" -> faq(service, storeData);
            case "needs" -> new NeedsMeasure(queries, explain, progress).measure(service, storeData, store);
            default -> conversations(service, storeData);
        };
        result.put("seconds", Math.round((System.nanoTime() - started) / 1e8) / 10.0);
        return result;
    }

    private Map<String, Object> conversations(KefuHttp service, JsonNode storeData) {
        // conversations change orders (a return, a cancellation): each one starts from the store's orders as written
        ScenarioPlayer player = new ScenarioPlayer(service, () -> StoreUpload.upload(service, storeData, "orders"),
                (scenario, turn, result) -> {
                    if (transcript) {
                        progress.println(ScenarioPlayer.transcript(turn, result));
                    }
                });
        Map<String, Object> byFile = new LinkedHashMap<>();
        int conversations = 0;
        int passed = 0;
        int turns = 0;
        for (Map.Entry<String, List<Scenario>> suite : ScenarioFiles.read(scenarios).entrySet()) {
            int filePassed = 0;
            for (Scenario scenario : suite.getValue()) {
                ScenarioPlayer.Outcome outcome = player.play(scenario);
                progress.println(suite.getKey() + ": " + outcome.describe());
                filePassed += outcome.passed() ? 1 : 0;
                turns += outcome.turnsPlayed();
            }
            byFile.put(suite.getKey(), Map.of("conversations", suite.getValue().size(), "passed", filePassed));
            conversations += suite.getValue().size();
            passed += filePassed;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("task", "conversations");
        result.put("store", store.toString());
        result.put("conversations", conversations);
        result.put("passed", passed);
        result.put("passRate", ratio(passed, conversations));
        result.put("turnsPlayed", turns);
        result.put("byFile", byFile);
        return result;
    }

    private Map<String, Object> faq(KefuHttp service, JsonNode storeData) {
        Map<String, List<String>> entryQuestions = new LinkedHashMap<>();
        storeData.path("knowledge").forEach(entry -> entryQuestions.put(entry.path("id").asString(),
                entry.path("questions").valueStream().map(JsonNode::asString).toList()));
        ParaphraseCheck check = new ParaphraseCheck(service, entryQuestions);
        Map<ParaphraseCheck.Outcome, Integer> counts = new EnumMap<>(ParaphraseCheck.Outcome.class);
        List<String> unknown = new ArrayList<>();
        int answerable = 0;
        int total = 0;
        for (List<String> row : CsvFile.records(questions)) {
            String question = row.getFirst().strip();
            String expected = row.size() < 2 || row.get(1).isBlank() ? null : row.get(1).strip();
            if (expected != null && !entryQuestions.containsKey(expected)) {
                unknown.add(expected);
                continue;
            }
            ParaphraseCheck.Asked asked = check.ask(question, expected, customer);
            counts.merge(asked.outcome(), 1, Integer::sum);
            total++;
            answerable += expected == null ? 0 : 1;
            if (asked.outcome() != ParaphraseCheck.Outcome.HIT && asked.outcome() != ParaphraseCheck.Outcome.REFUSED) {
                progress.printf("%s: \"%s\" (expected %s, answered by %s): %s%n", asked.outcome(), question, expected,
                        asked.answeredBy(), abbreviate(asked.reply()));
            }
        }
        if (!unknown.isEmpty()) {
            progress.println("skipped questions for entries the store does not have: " + unknown);
        }
        int wrong = counts.getOrDefault(ParaphraseCheck.Outcome.WRONG_ENTRY, 0);
        int hits = counts.getOrDefault(ParaphraseCheck.Outcome.HIT, 0);
        int refused = counts.getOrDefault(ParaphraseCheck.Outcome.REFUSED, 0);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("task", "faq");
        result.put("store", store.toString());
        result.put("questions", total);
        result.put("answerable", answerable);
        result.put("hits", hits);
        result.put("hitRate", ratio(hits, answerable));
        result.put("offered", counts.getOrDefault(ParaphraseCheck.Outcome.OFFERED, 0));
        result.put("wrongEntry", wrong);
        result.put("wrongEntryRate", ratio(wrong, total));
        result.put("unanswerable", total - answerable);
        result.put("unanswerableRefused", refused);
        return result;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }

    private static String abbreviate(String text) {
        return text.length() > 90 ? text.substring(0, 90) + "…" : text;
    }
}
