package io.kefu.knowledge.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.store.ByteBuffersDirectory;

import io.kefu.knowledge.FaqEntry;
import io.kefu.platform.CsvFile;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offline measurements of the knowledge module, run by the {@code eval} command with the same
 * retrieval code the service uses:
 * <ul>
 * <li>{@code --task faq --kb KB.json --test Q.csv}: KB.json is an array of FAQ entries (import
 * format), Q.csv is {@code question,faq_id} with an empty id for questions the KB cannot answer.
 * The threshold is learned from the KB alone, as in the service.</li>
 * <li>{@code --task pairs --train A.csv --test B.csv [--limit N]}: sentence pairs
 * {@code text_a,text_b,label}; the match score as a same-question classifier, threshold chosen for
 * accuracy on the first file, accuracy reported on the second.</li>
 * </ul>
 * Progress goes to standard error; the last line on standard output is the JSON result.
 */
public final class FaqEvaluation {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TextVectors vectors;
    private final Path dataDirectory;
    private final PrintStream out;
    private final PrintStream progress;

    /** @param dataDirectory where the answer model learned from the paraphrase bank is kept between runs */
    public FaqEvaluation(TextVectors vectors, Path dataDirectory, PrintStream out, PrintStream progress) {
        this.vectors = vectors;
        this.dataDirectory = dataDirectory;
        this.out = out;
        this.progress = progress;
    }

    public int run(String[] args) {
        Map<String, String> options = options(args);
        try {
            Map<String, Object> result = switch (options.getOrDefault("task", "")) {
                case "faq" -> faq(Path.of(required(options, "kb")), Path.of(required(options, "test")));
                case "pairs" -> pairs(Path.of(required(options, "train")), Path.of(required(options, "test")),
                        Integer.parseInt(options.getOrDefault("limit", "0")));
                default -> throw new IllegalArgumentException("unknown --task; the knowledge module evaluates: faq, pairs");
            };
            out.println(JSON.writeValueAsString(result));
            return 0;
        }
        catch (IllegalArgumentException e) {
            progress.println("eval: " + e.getMessage());
            progress.println("usage: eval --task faq --kb KB.json --test Q.csv | eval --task pairs --train A.csv --test B.csv [--limit N]");
            return 2;
        }
    }

    Map<String, Object> faq(Path kb, Path test) {
        List<FaqEntry> entries = JSON.readValue(read(kb), new TypeReference<List<FaqEntry>>() { }).stream()
            .filter(FaqEntry::isPublished).toList();
        long started = System.nanoTime();
        MatchModels.Matching matching = MatchModels.prepare(vectors, dataDirectory.resolve("knowledge"), MatchModelTraining.WRONG_ANSWERS);
        progress.printf("answer model ready in %d ms: answer at %.3f, suggest at %.3f%n", (System.nanoTime() - started) / 1_000_000,
                matching.model().answerAt(), matching.model().suggestAt());
        try (FaqIndex index = new FaqIndex(new ByteBuffersDirectory(), vectors, matching.bank())) {
            index.sync(entries);
            progress.printf("indexed %d entries in %d ms%n", entries.size(), (System.nanoTime() - started) / 1_000_000);
            List<String[]> rows = csv(test, 2);
            int answerable = 0, hit1 = 0, hit3 = 0, unanswerable = 0, abstained = 0, abstainedRight = 0, answeredRight = 0, fromTwoRight = 0,
                    fromTwoWrong = 0;
            double reciprocal = 0;
            for (int i = 0; i < rows.size(); i++) {
                String question = rows.get(i)[0];
                String expected = rows.get(i)[1].isBlank() ? null : rows.get(i)[1];
                String language = Lexical.language(question);
                List<FaqIndex.Hit> hits = index.search(question, language, 10);
                List<EntryEvidence> ranked = hits.stream().map(FaqIndex.Hit::evidence).toList();
                boolean abstains = hits.isEmpty() || matching.model().probability(MatchModel.features(ranked, question)) < matching.model().answerAt();
                boolean answersFromTwo = abstains && !hits.isEmpty() && matching.model().eitherProbability(ranked, question) >= matching.model().eitherAt();
                if (abstains) {
                    abstained++;
                    if (expected == null) {
                        abstainedRight++;
                    }
                }
                if (expected == null) {
                    unanswerable++;
                    if (!abstains || answersFromTwo) {
                        progress.printf("  answered unanswerable%s: %s -> %s (%.3f)%n", answersFromTwo ? " from the two best" : "", question,
                                hits.get(0).entryId(), hits.get(0).score());
                        fromTwoWrong += answersFromTwo ? 1 : 0;
                    }
                    continue;
                }
                answerable++;
                int rank = 0;
                for (int r = 0; r < hits.size(); r++) {
                    if (hits.get(r).entryId().equals(expected)) {
                        rank = r + 1;
                        break;
                    }
                }
                hit1 += rank == 1 ? 1 : 0;
                hit3 += rank >= 1 && rank <= 3 ? 1 : 0;
                reciprocal += rank == 0 ? 0 : 1.0 / rank;
                answeredRight += rank == 1 && !abstains ? 1 : 0;
                fromTwoRight += answersFromTwo && (rank == 1 || rank == 2) ? 1 : 0;
                fromTwoWrong += answersFromTwo && rank != 1 && rank != 2 ? 1 : 0;
                if (rank != 1 || abstains) {
                    progress.printf("  %s: %s -> %s (%.3f), expected %s at rank %d%n", abstains ? "abstained" : "missed", question,
                            hits.isEmpty() ? "-" : hits.get(0).entryId(), hits.isEmpty() ? 0 : hits.get(0).score(), expected, rank);
                }
                if ((i + 1) % 50 == 0) {
                    progress.printf("%d/%d questions%n", i + 1, rows.size());
                }
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("task", "faq");
            result.put("n", rows.size());
            result.put("hit1", round(hit1 / (double) Math.max(1, answerable)));
            result.put("hit3", round(hit3 / (double) Math.max(1, answerable)));
            result.put("mrr", round(reciprocal / Math.max(1, answerable)));
            result.put("abstainPrecision", round(abstainedRight / (double) Math.max(1, abstained)));
            result.put("abstainRecall", round(abstainedRight / (double) Math.max(1, unanswerable)));
            result.put("answeredCorrectly", round(answeredRight / (double) Math.max(1, answerable)));
            result.put("answeredFromTwoCorrectly", round(fromTwoRight / (double) Math.max(1, answerable)));
            result.put("answeredFromTwoWrongly", fromTwoWrong);
            result.put("answerAt", round(matching.model().answerAt()));
            result.put("eitherAt", round(matching.model().eitherAt()));
            result.put("entries", entries.size());
            result.put("answerable", answerable);
            result.put("unanswerable", unanswerable);
            return result;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Object> pairs(Path train, Path test, int limit) {
        Scored tuning = score(csv(train, 3), limit, "train");
        Scored testing = score(csv(test, 3), limit, "test");
        double threshold = Thresholds.accuracy(tuning.positives(), tuning.negatives());
        double cosineThreshold = Thresholds.accuracy(tuning.cosinePositives(), tuning.cosineNegatives());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("task", "pairs");
        result.put("nTrain", tuning.size());
        result.put("n", testing.size());
        result.put("threshold", round(threshold));
        result.put("trainAccuracy", round(tuning.accuracy(threshold, false)));
        result.put("accuracy", round(testing.accuracy(threshold, false)));
        result.put("cosineOnlyThreshold", round(cosineThreshold));
        result.put("cosineOnlyAccuracy", round(testing.accuracy(cosineThreshold, true)));
        result.put("positiveRate", round(testing.positives().size() / (double) Math.max(1, testing.size())));
        return result;
    }

    private Scored score(List<String[]> rows, int limit, String name) {
        if (limit > 0 && rows.size() > limit) {
            rows = rows.subList(0, limit);
        }
        Scored scored = new Scored(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int batch = 64;
        for (int start = 0; start < rows.size(); start += batch) {
            List<String[]> chunk = rows.subList(start, Math.min(rows.size(), start + batch));
            List<float[]> a = vectors.vectors(chunk.stream().map(r -> r[0]).toList(), "zh");
            List<float[]> b = vectors.vectors(chunk.stream().map(r -> r[1]).toList(), "zh");
            for (int i = 0; i < chunk.size(); i++) {
                double cosine = TextVectors.dot(a.get(i), b.get(i));
                Set<String> fa = Lexical.features(chunk.get(i)[0]);
                double score = MatchScore.of(cosine, Lexical.dice(fa, Lexical.features(chunk.get(i)[1])));
                boolean same = "1".equals(chunk.get(i)[2].trim());
                (same ? scored.positives() : scored.negatives()).add(score);
                (same ? scored.cosinePositives() : scored.cosineNegatives()).add(cosine);
            }
            progress.printf("%s: %d/%d pairs%n", name, Math.min(rows.size(), start + batch), rows.size());
        }
        return scored;
    }

    private record Scored(List<Double> positives, List<Double> negatives, List<Double> cosinePositives,
            List<Double> cosineNegatives) {

        int size() {
            return positives.size() + negatives.size();
        }

        double accuracy(double threshold, boolean cosine) {
            List<Double> p = cosine ? cosinePositives : positives;
            List<Double> n = cosine ? cosineNegatives : negatives;
            long right = p.stream().filter(s -> s >= threshold).count() + n.stream().filter(s -> s < threshold).count();
            return right / (double) Math.max(1, size());
        }
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2).toLowerCase(Locale.ROOT), args[++i]);
            }
        }
        return options;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + path + ": " + e.getMessage());
        }
    }

    /** A CSV with a header row, each record padded to at least {@code columns} fields. */
    static List<String[]> csv(Path path, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (List<String> record : CsvFile.records(path)) {
            List<String> fields = new ArrayList<>(record);
            while (fields.size() < columns) {
                fields.add("");
            }
            rows.add(fields.toArray(String[]::new));
        }
        return rows;
    }
}
