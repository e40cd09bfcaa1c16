package io.kefu.knowledge.internal;

import java.io.DataOutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.kefu.commerce.StoreFile;
import io.kefu.knowledge.FaqEntry;
import io.kefu.nlu.Evaluations;
import io.kefu.platform.CsvFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Development tool: writes the vectors of every bank and kit text (questions, answers, shoppers' questions) for offline analysis. */
public final class FaqVectorDump {

    public static void main(String[] args) throws Exception {
        TextVectors vectors = new NluTextVectors(Evaluations.embeddings(Path.of("data/eval")));
        List<ParaphraseBank.Store> stores = new ArrayList<>(ParaphraseBank.load());
        JsonMapper json = JsonMapper.builder().build();
        for (String kit : args) {
            Path dir = Path.of(kit.split("=")[0]);
            Path storeFile = kit.contains("=") ? Path.of(kit.split("=")[1]) : dir.resolve("store.json");
            List<FaqEntry> entries = new ArrayList<>();
            if (storeFile.toString().endsWith("faq-kb.json")) {
                json.readTree(storeFile.toFile()).forEach(e -> entries.add(json.treeToValue(e, FaqEntry.class)));
            }
            else {
                StoreFile.read(storeFile, json, OffsetDateTime.now()).path("knowledge").forEach(e -> entries.add(json.treeToValue(e, FaqEntry.class)));
            }
            List<ParaphraseBank.Asked> asked = new ArrayList<>();
            Path csv = dir.resolve("faq-paraphrases.csv");
            for (List<String> row : CsvFile.records(csv)) {
                String expected = row.size() < 2 || row.get(1).isBlank() ? null : row.get(1).strip();
                asked.add(new ParaphraseBank.Asked(row.getFirst(), Lexical.language(row.getFirst()), expected));
            }
            stores.add(new ParaphraseBank.Store("kit:" + dir.getFileName(), entries, asked));
        }
        try (PrintWriter index = new PrintWriter(Files.newBufferedWriter(Path.of("/tmp/ana/texts.tsv")));
                DataOutputStream vecs = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(Path.of("/tmp/ana/vecs.bin"))))) {
            for (ParaphraseBank.Store store : stores) {
                for (FaqEntry entry : store.entries()) {
                    for (String q : entry.questions()) {
                        write(index, vecs, vectors, store.name(), "question", entry.id(), entry.language(), q);
                    }
                    write(index, vecs, vectors, store.name(), "answer", entry.id(), entry.language(), entry.answer());
                    for (String sentence : entry.answer().split("(?<=[。；;！？!?])\\s*|\\n+|(?<=[.])\\s+")) {
                        if (sentence.strip().length() >= 4) {
                            write(index, vecs, vectors, store.name(), "sentence", entry.id(), entry.language(), sentence.strip());
                        }
                    }
                }
                for (ParaphraseBank.Asked asked : store.asked()) {
                    write(index, vecs, vectors, store.name(), "asked", asked.entryId() == null ? "" : asked.entryId(), asked.language(), asked.question());
                }
                System.err.println(store.name() + " done");
            }
            java.util.Set<String> negative = java.util.Set.of("greeting", "goodbye", "thanks", "human_agent", "order_status", "logistics",
                    "refund_status", "cancel_order", "change_address", "complaint", "out_of_scope", "product_question", "product_search",
                    "recommendation");
            for (List<String> row : CsvFile.records(Path.of("src/main/resources/nlu/intents.csv"))) {
                if (negative.contains(row.get(1))) {
                    write(index, vecs, vectors, "intents", "asked", row.get(1), row.get(2), row.get(0));
                }
            }
        }
    }

    private static void write(PrintWriter index, DataOutputStream vecs, TextVectors vectors, String store, String kind, String entry,
            String language, String text) throws Exception {
        float[] v = vectors.vector(text, language);
        index.println(store + "\t" + kind + "\t" + entry + "\t" + language + "\t" + v.length + "\t" + text.replace('\t', ' ').replace('\n', ' '));
        for (float f : v) {
            vecs.writeFloat(f);
        }
    }
}
