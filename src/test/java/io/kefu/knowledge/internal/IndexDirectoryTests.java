package io.kefu.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class IndexDirectoryTests {

    @TempDir
    Path folder;

    @Test
    void aDamagedIndexIsReplacedByAnEmptyOneWithAWarning(CapturedOutput output) throws Exception {
        try (FaqIndex index = IndexDirectory.openOrRebuild(folder, new HashedTextVectors())) {
            index.sync(List.of(FaqIndexTests.SHIPPING, FaqIndexTests.RETURNS));
        }
        try (var files = Files.list(folder)) {
            DamagedFiles.garble(files.filter(file -> !file.getFileName().toString().equals("write.lock")).toList());
        }

        try (FaqIndex rebuilt = IndexDirectory.openOrRebuild(folder, new HashedTextVectors())) {
            assertThat(rebuilt.size()).as("empty, to be synced from the database").isZero();
            assertThat(rebuilt.sync(List.of(FaqIndexTests.SHIPPING, FaqIndexTests.RETURNS))).isEqualTo(2);
            assertThat(rebuilt.search("运费怎么算", "zh", 1).getFirst().entryId()).isEqualTo("ship");
        }
        assertThat(output.getAll()).contains("WARN").contains("is damaged and is rebuilt from the database");
    }

    @Test
    void anIntactIndexIsKept() throws Exception {
        try (FaqIndex index = IndexDirectory.openOrRebuild(folder, new HashedTextVectors())) {
            index.sync(List.of(FaqIndexTests.SHIPPING));
        }
        try (FaqIndex reopened = IndexDirectory.openOrRebuild(folder, new HashedTextVectors())) {
            assertThat(reopened.sync(List.of(FaqIndexTests.SHIPPING))).as("nothing to re-index").isZero();
        }
    }
}
