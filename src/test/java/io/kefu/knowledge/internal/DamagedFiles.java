package io.kefu.knowledge.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;

/** Damages files the way a torn or bad write leaves them: garbage in the middle, length unchanged. */
public final class DamagedFiles {

    private DamagedFiles() {
    }

    public static void garble(List<Path> files) throws IOException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no file to damage");
        }
        for (Path file : files) {
            try (RandomAccessFile damaged = new RandomAccessFile(file.toFile(), "rw")) {
                damaged.seek(damaged.length() / 2);
                damaged.write(new byte[] { (byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 0x13, 0x37, 0x00, (byte) 0xff });
            }
        }
    }
}
