package io.kefu.knowledge.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import io.kefu.knowledge.KnowledgeSettings;
import io.kefu.platform.AfterStartup;
import io.kefu.platform.KefuSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prepares what matching needs beyond the merchant's own entries: the paraphrase bank's questions
 * to lend ({@link BankExpansion}) and the answer decision learned from the bank ({@link MatchModel}).
 * Both are built once the service is up. The model is read from the jar when it ships the one of this
 * bank and these embedding models; otherwise it is learned (15–20 s for the shipped twelve stores on two cores)
 * and kept under the data directory, keyed by the bank and the embedding models, so a restart reads
 * it instead of training. A question
 * asked before they are ready waits for them. With {@code kefu.knowledge.answer-threshold} set,
 * the bank is not used and that fixed threshold on the question match decides.
 */
@Component
public class MatchModels {

    private static final Logger log = LoggerFactory.getLogger(MatchModels.class);
    /** Changes whenever the features or the training change, so older saved models are retrained. */
    private static final String MODEL_VERSION = "match-model-5";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Where the jar keeps the models learned from its own bank. */
    static final String SHIPPED = "knowledge/answer-models/";

    private final TextVectors vectors;
    private final KnowledgeSettings settings;
    private final Path directory;
    private volatile Matching matching;

    MatchModels(TextVectors vectors, KnowledgeSettings settings, KefuSettings kefu, AfterStartup afterStartup) {
        this.vectors = vectors;
        this.settings = settings;
        this.directory = kefu.dataDir().resolve("knowledge");
        afterStartup.prepare("knowledge-match-model", this::ready);
    }

    /** The bank to lend questions from and the decision model. */
    record Matching(BankExpansion bank, MatchModel model) {
    }

    /** Never null; builds (or loads) them on first use, once. */
    Matching ready() {
        Matching ready = matching;
        if (ready != null) {
            return ready;
        }
        synchronized (this) {
            if (matching == null) {
                matching = settings.answerThreshold() != null ? fixed(settings.answerThreshold())
                        : prepare(vectors, directory, settings.wrongAnswers());
            }
            return matching;
        }
    }

    /** The bank embedded and the model learned from it (or read from {@code directory}, where it is also kept). */
    static Matching prepare(TextVectors vectors, Path directory, double wrongAnswers) {
        long started = System.nanoTime();
        List<ParaphraseBank.Store> bank = ParaphraseBank.load();
        BankExpansion expansion = BankExpansion.of(bank, vectors);
        Path saved = directory.resolve(fileName(vectors, wrongAnswers));
        MatchModel model = read(saved);
        if (model != null) {
            log.info("answer model read from {}", saved);
            return new Matching(expansion, model);
        }
        model = shipped(saved.getFileName().toString());
        if (model != null) {
            log.info("answer model read from the jar ({})", saved.getFileName());
            return new Matching(expansion, model);
        }
        List<MatchModelTraining.Example> examples = MatchModelTraining.examples(bank, vectors, expansion);
        model = MatchModelTraining.train(examples, wrongAnswers);
        write(saved, model);
        log.info("answer model learned from {} paraphrase-bank questions of {} stores in {} ms ({} % ranked right first): answer at {}, "
                + "from the two best at {}, suggest at {}, other language at {}",
                examples.size(), bank.size(), (System.nanoTime() - started) / 1_000_000,
                round(100.0 * examples.stream().filter(MatchModelTraining.Example::right).count() / Math.max(1, examples.size())),
                round(model.answerAt()), round(model.eitherAt()), round(model.suggestAt()), model.otherLanguageAt());
        return new Matching(expansion, model);
    }

    /** The name the model learned for these vectors, the shipped bank and that share of wrong answers is kept under. */
    static String fileName(TextVectors vectors, double wrongAnswers) {
        return "answer-model-" + key(vectors) + "-" + Math.round(wrongAnswers * 1000) + ".json";
    }

    /**
     * The model the jar ships for exactly this bank, these embedding models and this share of wrong
     * answers ({@value #SHIPPED}, written by {@code ShippedAnswerModel}): a new installation is ready
     * without spending its first seconds learning what every installation learns alike. Null
     * when the jar holds none for that key (the bank edited since, another share set).
     */
    static MatchModel shipped(String fileName) {
        return parse("the shipped answer model " + fileName, () -> {
            try (InputStream in = MatchModels.class.getClassLoader().getResourceAsStream(SHIPPED + fileName)) {
                return in == null ? null : JSON.readValue(in, MatchModel.class);
            }
        });
    }

    /** A fixed threshold on the question match: probability high at or above it, low well below. */
    private static Matching fixed(double threshold) {
        double[] weights = new double[MatchModel.FEATURES + 1];
        double[] mean = new double[MatchModel.FEATURES];
        double[] scale = new double[MatchModel.FEATURES];
        java.util.Arrays.fill(scale, 1);
        weights[2] = 40;
        mean[2] = threshold;
        return new Matching(BankExpansion.NONE, new MatchModel(new Logistic(mean, scale, weights), null, 0.5, 1, 0.02, Map.of()));
    }

    private static MatchModel read(Path file) {
        return Files.exists(file) ? parse(file.toString(), () -> JSON.readValue(file.toFile(), MatchModel.class)) : null;
    }

    private interface Reading {
        MatchModel read() throws IOException;
    }

    /** The model read, or null (and a warning) when it cannot be read or is of another version: it is learned then. */
    private static MatchModel parse(String source, Reading reading) {
        try {
            MatchModel model = reading.read();
            if (model != null && !model.complete()) {
                log.warn("{} does not hold an answer model of this version; learning it again.", source);
                return null;
            }
            return model;
        }
        catch (IOException | RuntimeException e) {
            log.warn("Cannot read {} ({}); learning the answer model again.", source, e.getMessage());
            return null;
        }
    }

    private static void write(Path file, MatchModel model) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "answer-model", ".tmp");
            JSON.writeValue(temporary.toFile(), model);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException | RuntimeException e) {
            log.warn("Cannot keep the answer model in {}: {}", file, e.getMessage());
        }
    }

    /** The bank's files, the embedding models and the model version, hashed. */
    private static String key(TextVectors vectors) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(MODEL_VERSION.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(vectors.id().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:knowledge/bank/*.json");
            java.util.Arrays.sort(files, java.util.Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
