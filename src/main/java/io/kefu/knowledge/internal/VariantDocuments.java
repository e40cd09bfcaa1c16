package io.kefu.knowledge.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

import io.kefu.knowledge.FaqEntry;

/**
 * The Lucene documents of one entry, one per question variant: ids, the text fields of its language
 * space, its HNSW vector and the same vector stored; and the hash of what is indexed of an entry
 * (language, answer and questions), by which a sync sees whether it changed.
 */
final class VariantDocuments {

    private VariantDocuments() {
    }

    static List<Document> of(FaqEntry entry, String hash, TextVectors vectors) {
        String space = TextVectors.space(entry.language());
        List<float[]> embedded = vectors.vectors(entry.questions(), entry.language());
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < entry.questions().size(); i++) {
            String question = entry.questions().get(i);
            Document doc = new Document();
            doc.add(new StringField("entry", entry.id(), Field.Store.YES));
            doc.add(new StringField("variant", entry.id() + "#" + i, Field.Store.YES));
            doc.add(new StringField("hash", hash, Field.Store.YES));
            doc.add(new StringField("space", space, Field.Store.YES));
            doc.add(new StoredField("question", question));
            if ("zh".equals(space)) {
                doc.add(new TextField("zh_words", question, Field.Store.NO));
                doc.add(new TextField("zh_bigrams", question, Field.Store.NO));
            }
            else {
                doc.add(new TextField("en_words", question, Field.Store.NO));
            }
            float[] vector = embedded.get(i);
            doc.add(new KnnFloatVectorField("vector_" + space, vector, VectorSimilarityFunction.DOT_PRODUCT));
            doc.add(new StoredField("vector", bytes(vector)));
            documents.add(doc);
        }
        return documents;
    }

    static String hash(FaqEntry entry) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(entry.language().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 1);
            digest.update((entry.answer() == null ? "" : entry.answer()).getBytes(StandardCharsets.UTF_8));
            for (String question : entry.questions()) {
                digest.update((byte) 0);
                digest.update(question.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BytesRef bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : vector) {
            buffer.putFloat(v);
        }
        return new BytesRef(buffer.array());
    }

    static float[] floats(BytesRef bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).order(ByteOrder.LITTLE_ENDIAN);
        float[] vector = new float[bytes.length / 4];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = buffer.getFloat();
        }
        return vector;
    }
}
