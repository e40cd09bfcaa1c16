package io.kefu.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads RFC 4180 CSV with a header row (quoted fields may hold commas, doubled quotes and line
 * breaks) into rows addressed by column name.
 */
public final class CsvFile {

    private CsvFile() {
    }

    public static List<Map<String, String>> read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The records after the header row, each a list of its fields in column order; blank lines are skipped. */
    public static List<List<String>> records(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            List<List<String>> records = parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            return records.isEmpty() ? List.of() : records.subList(1, records.size()).stream()
                .filter(record -> !(record.size() == 1 && record.getFirst().isBlank())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public static List<Map<String, String>> read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<List<String>> records = parse(reader);
        List<Map<String, String>> rows = new ArrayList<>();
        if (records.isEmpty()) {
            return rows;
        }
        List<String> header = records.getFirst().stream().map(name -> name.strip().replace("\uFEFF", "")).toList();
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() == 1 && record.getFirst().isBlank()) {
                continue;
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size() && i < record.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> parse(BufferedReader reader) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = reader.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    reader.mark(1);
                    if (reader.read() != '\n') {
                        reader.reset();
                    }
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                any = false;
            } else {
                field.append((char) c);
            }
        }
        if (any) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}
