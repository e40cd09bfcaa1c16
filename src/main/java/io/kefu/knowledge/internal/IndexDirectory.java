package io.kefu.knowledge.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a node keeps its retrieval index: a folder under the data directory, or memory when the
 * folder cannot be used or another process holds it. The index is derived data: whatever damaged
 * it (a full disk, a crash of the machine, a bad copy), it is deleted and built again from the
 * database by the next sync, with a warning, rather than keeping the service from starting.
 */
final class IndexDirectory {

    private static final Logger log = LoggerFactory.getLogger(IndexDirectory.class);

    private IndexDirectory() {
    }

    /** Never fails for a damaged index; an empty one is returned in its place. */
    static FaqIndex openOrRebuild(Path path, TextVectors vectors) {
        Directory directory = open(path);
        try {
            return new FaqIndex(directory, vectors);
        }
        catch (RuntimeException damaged) {
            log.warn("The knowledge index in {} is damaged and is rebuilt from the database: {}", path, damaged.toString());
            closeQuietly(directory);
            deleteContents(path);
            return new FaqIndex(open(path), vectors);
        }
    }

    private static Directory open(Path path) {
        try {
            Files.createDirectories(path);
            Directory directory = FSDirectory.open(path);
            try {
                directory.obtainLock(IndexWriter.WRITE_LOCK_NAME).close();
                return directory;
            }
            catch (LockObtainFailedException e) {
                directory.close();
            }
        }
        catch (IOException e) {
            log.warn("Cannot use {} for the knowledge index ({}); keeping it in memory.", path, e.getMessage());
            return new ByteBuffersDirectory();
        }
        log.warn("{} is in use by another Kefu process; keeping this node's knowledge index in memory.", path);
        return new ByteBuffersDirectory();
    }

    private static void closeQuietly(Directory directory) {
        try {
            directory.close();
        }
        catch (IOException e) {
            log.debug("Closing the damaged knowledge index failed", e);
        }
    }

    private static void deleteContents(Path path) {
        try (var files = Files.list(path)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        catch (IOException | RuntimeException e) {
            // a file that cannot be deleted makes the fresh index fail too, which says more than this
            log.warn("Could not delete the damaged knowledge index in {}: {}", path, e.toString());
        }
    }
}
