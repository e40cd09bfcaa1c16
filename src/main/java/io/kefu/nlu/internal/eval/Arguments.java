package io.kefu.nlu.internal.eval;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The options of the {@code eval} command.
 */
record Arguments(String task, Path train, Path dev, Path test, String oosLabel, String language) {

    static Arguments parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option at " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return new Arguments(options.getOrDefault("task", "intent"), path(options.get("train")),
                path(options.get("dev")), path(options.get("test")), options.getOrDefault("oos-label", "oos"),
                options.getOrDefault("lang", "auto"));
    }

    private static Path path(String value) {
        return value == null ? null : Path.of(value);
    }
}
