package io.kefu.knowledge.internal;

import java.util.List;

import io.kefu.nlu.Embeddings;

/**
 * Retrieval vectors from the NLU module's embeddings, so a customer message is embedded once for
 * understanding and retrieval alike, and the models are loaded once per JVM.
 */
public final class NluTextVectors implements TextVectors {

    private final Embeddings embeddings;

    public NluTextVectors(Embeddings embeddings) {
        this.embeddings = embeddings;
    }

    @Override
    public float[] vector(String text, String language) {
        return TextVectors.normalised(embeddings.embed(text, language));
    }

    @Override
    public List<float[]> vectors(List<String> texts, String language) {
        return embeddings.embedAll(texts, language).stream().map(TextVectors::normalised).toList();
    }

    @Override
    public String id() {
        return embeddings.embedder("zh").id() + "+" + embeddings.embedder("en").id();
    }
}
