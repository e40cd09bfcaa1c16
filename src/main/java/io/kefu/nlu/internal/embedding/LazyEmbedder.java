package io.kefu.nlu.internal.embedding;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.kefu.nlu.Embedder;

/**
 * Loads the real model on first use only: an evaluation of an English data set never pays for
 * loading the Chinese model, and a fully cached run loads none. The service {@link #preload
 * preloads} it instead, off the start-up path.
 */
public final class LazyEmbedder implements Embedder {

    private static final Logger log = LoggerFactory.getLogger(LazyEmbedder.class);

    private final String id;
    private final int dimension;
    private final Supplier<Embedder> loader;
    private volatile Embedder loaded;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    public LazyEmbedder(String id, int dimension, Supplier<Embedder> loader) {
        this.id = id;
        this.dimension = dimension;
        this.loader = loader;
    }

    public static LazyEmbedder chinese() {
        return of(OnnxEmbedder.CHINESE);
    }

    public static LazyEmbedder english() {
        return of(OnnxEmbedder.ENGLISH);
    }

    private static LazyEmbedder of(List<OnnxEmbedder.Model> models) {
        return new LazyEmbedder(OnnxEmbedder.id(models), OnnxEmbedder.dimension(models), () -> OnnxEmbedder.load(models));
    }

    /**
     * Loads the model now, on the calling thread; a text that needs the model meanwhile waits until
     * it is loaded. If loading fails here, the first use tries again and reports the error.
     */
    public void preload() {
        try {
            model();
        }
        catch (RuntimeException | LinkageError e) {
            log.error("Cannot load the embedding model {}", id, e);
        }
    }

    /** Completes once the model is loaded; never exceptionally, since a failed load is tried again on first use. */
    public CompletionStage<Void> loaded() {
        return ready.minimalCompletionStage();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return model().embedAll(texts);
    }

    private Embedder model() {
        Embedder model = loaded;
        if (model == null) {
            synchronized (this) {
                if (loaded == null) {
                    Embedder real = loader.get();
                    if (!real.id().equals(id) || real.dimension() != dimension) {
                        // cached vectors are keyed by the id: a mismatch would mix two models' vectors
                        throw new IllegalStateException("expected the model " + id + " (" + dimension
                                + " dimensions), loaded " + real.id() + " (" + real.dimension() + ")");
                    }
                    loaded = real;
                    ready.complete(null);
                }
                model = loaded;
            }
        }
        return model;
    }
}
