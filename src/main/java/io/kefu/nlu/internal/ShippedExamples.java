package io.kefu.nlu.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import io.kefu.platform.CsvFile;

/**
 * The intent examples that ship inside the jar ({@code nlu/intents.csv}: {@code text,intent,language}).
 */
public final class ShippedExamples {

    public static final String RESOURCE = "nlu/intents.csv";

    private ShippedExamples() {
    }

    /** Empty when the resource is missing (the model then knows only what merchants add). */
    public static List<IntentExample> load() {
        try (InputStream in = ShippedExamples.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            return CsvFile.read(in).stream()
                    .filter(row -> row.get("text") != null && !row.get("text").isBlank() && row.get("intent") != null)
                    .map(row -> new IntentExample(row.get("text").strip(), row.get("intent").strip(),
                            row.getOrDefault("language", "zh").strip()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
