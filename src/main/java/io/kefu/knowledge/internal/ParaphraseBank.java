package io.kefu.knowledge.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import io.kefu.knowledge.FaqEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The paraphrase bank shipped in the jar ({@code knowledge/bank/*.json}): the FAQs of several
 * fictional stores in other trades, each entry in its merchant's own words with many questions a
 * shopper asks for it in different words and the topic it is about (the same for entries on one
 * matter in any store and language: "shipping-fee", "invoice"), and questions those FAQs do not answer. Kefu learns from
 * it how a shopper's words relate to a merchant's entry, so the answer decision fits any store, not
 * only the few questions a merchant wrote.
 */
final class ParaphraseBank {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ParaphraseBank() {
    }

    /** One store of the bank. */
    record Store(String name, List<FaqEntry> entries, List<Asked> asked) {
    }

    /** A shopper's question and the entry that answers it, null when none of the store's does. */
    record Asked(String question, String language, String entryId) {
    }

    static List<Store> load() {
        try {
            List<Store> stores = new ArrayList<>();
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:knowledge/bank/*.json");
            java.util.Arrays.sort(files, java.util.Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    stores.add(store(file.getFilename().replace(".json", ""), JSON.readTree(in)));
                }
            }
            return stores;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the paraphrase bank", e);
        }
    }

    private static Store store(String name, JsonNode tree) {
        List<FaqEntry> entries = new ArrayList<>();
        List<Asked> asked = new ArrayList<>();
        for (JsonNode entry : tree.path("entries")) {
            String id = entry.path("id").asString();
            String language = entry.path("language").asString();
            // the entry's topic, shared by the bank's entries on the same matter in either language, is kept as its category
            String topic = entry.path("topic").isMissingNode() ? null : entry.path("topic").asString();
            entries.add(new FaqEntry(id, strings(entry.path("questions")), entry.path("answer").asString(), language, topic, List.of(),
                    "PUBLISHED"));
            strings(entry.path("paraphrases")).forEach(q -> asked.add(new Asked(q, language, id)));
        }
        strings(tree.path("unanswerable")).forEach(q -> asked.add(new Asked(q, Lexical.language(q), null)));
        return new Store(name, entries, asked);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
