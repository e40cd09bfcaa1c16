package io.kefu.nlu.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.kefu.nlu.Embeddings;
import io.kefu.nlu.internal.classify.ClassifierTrainer;
import io.kefu.nlu.internal.classify.TextClassifier;

/**
 * Trained classifiers (intents, emotions) saved under the data directory, keyed by a hash of
 * everything that determines them (the kind of model, the examples, the trainer settings, the
 * embedding models and the code version), so that a restart with unchanged data loads a model in
 * milliseconds instead of training it again. Only files this process family wrote are read (the
 * data directory is Kefu's own); any unreadable file is treated as a miss.
 */
public class TrainedModelCache {

    private static final Logger log = LoggerFactory.getLogger(TrainedModelCache.class);
    private static final String FORMAT = "-model-v2";

    private final Path directory;

    public TrainedModelCache(Path directory) {
        this.directory = directory;
    }

    /**
     * What identifies a model of this kind trained on these examples by this trainer on these embeddings.
     *
     * @param kind     what the model tells ({@code intent}); models of different kinds never share a key
     * @param examples each one's {@link #example} line, in training order
     */
    public static String key(String kind, ClassifierTrainer trainer, Embeddings embeddings, List<String> examples) {
        String settings = trainer.settings() + " " + embeddings.embedder("zh").id() + " " + embeddings.embedder("en").id();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((kind + FORMAT + '\n' + settings + '\n').getBytes(StandardCharsets.UTF_8));
            for (String example : examples) {
                digest.update((example + '\n').getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One training example as it enters the {@link #key}. */
    public static String example(String language, String label, String text) {
        return language + '\u0001' + label + '\u0001' + text;
    }

    @SuppressWarnings("unchecked")
    public Optional<Map<String, TextClassifier>> load(String key) {
        Path file = file(key);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            return Optional.of((Map<String, TextClassifier>) in.readObject());
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            log.warn("ignoring unreadable trained model {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    public void save(String key, Map<String, TextClassifier> classifiers) {
        try {
            Files.createDirectories(directory);
            // a file of its own: two applications in one JVM (tests) may save the same model at once
            Path partial = Files.createTempFile(directory, key, ".partial");
            try (ObjectOutputStream out = new ObjectOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(partial)))) {
                out.writeObject((Serializable) new HashMap<>(classifiers));
            }
            Files.move(partial, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("cannot save the trained model (it will be trained again at the next start): {}", e.toString());
        }
    }

    private Path file(String key) {
        return directory.resolve(key + ".model");
    }
}
