package io.kefu.nlu.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.kefu.nlu.Embeddings;
import io.kefu.privacy.DataSubject;
import io.kefu.privacy.PersonalDataHolder;

/**
 * The sentence vectors cached for the customer's messages: the cache holds no text, but a vector
 * keyed by a text's hash still says that somebody wrote it. Erasure drops them.
 */
@Component
class CachedVectors implements PersonalDataHolder {

    private final Embeddings embeddings;

    CachedVectors(Embeddings embeddings) {
        this.embeddings = embeddings;
    }

    @Override
    public Map<String, Object> export(DataSubject subject) {
        return Map.of();
    }

    @Override
    public void erase(DataSubject subject) {
        embeddings.forget(subject.writtenTexts());
    }
}
