package io.kefu.knowledge.internal;

import java.util.List;
import java.util.function.Supplier;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * The quantised BGE-small models (zh 512-d, en 384-d) loaded in process from their Maven jars, each
 * on first use so that a node that never answers in a language never loads its model. Used by the
 * {@code eval} command and as the service's vectors until the NLU module's shared embeddings are
 * wired in (then this one is not created, see {@link KnowledgeConfiguration}).
 */
public final class BgeTextVectors implements TextVectors {

    private final Lazy zh = new Lazy(BgeSmallZhV15QuantizedEmbeddingModel::new);
    private final Lazy en = new Lazy(BgeSmallEnV15QuantizedEmbeddingModel::new);

    @Override
    public float[] vector(String text, String language) {
        return TextVectors.normalised(model(language).embed(text).content().vector());
    }

    @Override
    public List<float[]> vectors(List<String> texts, String language) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return model(language).embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
            .map(embedding -> TextVectors.normalised(embedding.vector())).toList();
    }

    @Override
    public String id() {
        return "bge-small-v1.5-q";
    }

    private EmbeddingModel model(String language) {
        return "en".equals(TextVectors.space(language)) ? en.get() : zh.get();
    }

    private static final class Lazy {

        private final Supplier<EmbeddingModel> factory;
        private volatile EmbeddingModel model;

        Lazy(Supplier<EmbeddingModel> factory) {
            this.factory = factory;
        }

        EmbeddingModel get() {
            EmbeddingModel loaded = model;
            if (loaded == null) {
                synchronized (this) {
                    loaded = model;
                    if (loaded == null) {
                        loaded = factory.get();
                        model = loaded;
                    }
                }
            }
            return loaded;
        }
    }
}
