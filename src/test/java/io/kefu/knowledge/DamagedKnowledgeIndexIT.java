package io.kefu.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.kefu.Chat;
import io.kefu.ServiceOnDisk;
import io.kefu.knowledge.internal.DamagedFiles;
import tools.jackson.databind.JsonNode;

/**
 * A damaged search index does not keep the service from starting: it is deleted with a warning and
 * built again from the FAQ entries in the database, and the bot answers from it as before. The
 * service is stopped, its index files are damaged the way a full disk or a bad copy damages them,
 * and it is started again on the same data directory and database. Two starts of the whole service
 * take a minute, so this runs with the slow tests; {@code IndexDirectoryTests} prove the rule fast.
 */
@ExtendWith(OutputCaptureExtension.class)
class DamagedKnowledgeIndexIT {

    private static final String QUESTION = "运费怎么算？";

    private final Path dataDir = Path.of("target", "test-data", "damaged-index-" + System.nanoTime());
    private final Path index = dataDir.resolve("index").resolve("knowledge");

    @Test
    void aDamagedIndexIsRebuiltFromTheDatabaseAndTheBotStillAnswers(CapturedOutput output) throws IOException {
        try (ServiceOnDisk first = ServiceOnDisk.start(dataDir)) {
            assertThat(answerSource(first)).as("answered from the FAQ before any damage").startsWith("faq-shipping-zh@");
        }

        garbleEveryFile();
        try (ServiceOnDisk second = ServiceOnDisk.start(dataDir)) {
            assertThat(answerSource(second)).as("answered after the index was damaged").startsWith("faq-shipping-zh@");
        }
        assertThat(output.getAll().lines().filter(line -> line.contains("WARN") && line.contains("is damaged and is rebuilt from the database")))
            .as("a warning").hasSize(1);
    }

    /** The source the bot's answer to the shipping question cites. */
    private static String answerSource(ServiceOnDisk service) {
        JsonNode turn = Chat.anonymous(service.api(), "zh").say(QUESTION);
        for (JsonNode message : turn.get("messages")) {
            for (JsonNode source : message.get("sources")) {
                if ("knowledge".equals(source.get("type").asString())) {
                    return source.get("id").asString();
                }
            }
        }
        return "no knowledge source in " + turn;
    }

    private void garbleEveryFile() throws IOException {
        try (var listing = Files.list(index)) {
            DamagedFiles.garble(listing.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().equals("write.lock")).toList());
        }
    }
}
