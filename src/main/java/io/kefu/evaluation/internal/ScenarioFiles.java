package io.kefu.evaluation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads scenario suites: YAML files, each a list of {@link Scenario scenarios}. */
public final class ScenarioFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScenarioFiles() {
    }

    /** The scenarios of every {@code *.yml} in the directory (or of the one file), by file name in name order. */
    public static Map<String, List<Scenario>> read(Path directoryOrFile) {
        Map<String, List<Scenario>> suites = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(directoryOrFile)) {
            try (Stream<Path> listed = Files.list(directoryOrFile)) {
                listed.filter(file -> file.getFileName().toString().endsWith(".yml")).forEach(files::add);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        else {
            files.add(directoryOrFile);
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                suites.put(file.getFileName().toString(), read(in));
            }
            catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return suites;
    }

    public static List<Scenario> read(InputStream yaml) {
        Object tree = new Yaml().load(yaml);
        return tree == null ? List.of() : JSON.convertValue(tree, new TypeReference<List<Scenario>>() { });
    }
}
