package io.kefu.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Searches files byte for byte for a text as any of Kefu's stores could have written it: UTF-8
 * (logs, indexes, PostgreSQL) and the string encoding of H2's MVStore, which writes characters
 * above U+007F in UTF-8's lead bytes but without the continuation bits — a Chinese name searched
 * only as UTF-8 would never be found in an H2 file, even in clear.
 */
final class RawFiles {

    private RawFiles() {
    }

    /** Every regular file under the directory. */
    static List<Path> under(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "value in file" for each value found in a file under the directory. */
    static List<String> findings(Path directory, Collection<String> values) {
        List<String> found = new ArrayList<>();
        for (Path file : under(directory)) {
            byte[] content = read(file);
            values.stream().filter(value -> holds(content, value)).forEach(value -> found.add(value + " in " + file));
        }
        return found;
    }

    static boolean holds(byte[] content, String value) {
        return indexOf(content, value.getBytes(StandardCharsets.UTF_8)) >= 0 || indexOf(content, h2(value)) >= 0;
    }

    private static byte[] h2(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (char c : value.toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            }
            else if (c < 0x800) {
                out.write(0xc0 | c >> 6);
                out.write(c & 0x3f);
            }
            else {
                out.write(0xe0 | c >> 12);
                out.write(c >> 6 & 0x3f);
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] content, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= content.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (content[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
