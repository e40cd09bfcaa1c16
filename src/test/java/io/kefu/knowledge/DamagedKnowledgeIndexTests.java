package io.kefu.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.kefu.ApiClient;
import io.kefu.KefuApplication;
import io.kefu.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * A damaged search index does not keep the service from starting: it is deleted with a warning and
 * built again from the FAQ entries in the database, and the bot answers from it as before. The
 * service is stopped, its index files are damaged the way a full disk or a bad copy damages them,
 * and it is started again on the same data directory and database.
 */
@ExtendWith(OutputCaptureExtension.class)
class DamagedKnowledgeIndexTests {

    private static final String QUESTION = "运费怎么算？";

    private final Path dataDir = Path.of("target", "test-data", "damaged-index-" + System.nanoTime());
    private final Path index = dataDir.resolve("index").resolve("knowledge");

    @Test
    void aDamagedIndexIsRebuiltFromTheDatabaseAndTheBotStillAnswers(CapturedOutput output) throws IOException {
        try (ConfigurableApplicationContext first = start()) {
            assertThat(answerSource(first)).as("answered from the FAQ before any damage").startsWith("faq-shipping-zh@");
        }

        garbleEveryFile();
        try (ConfigurableApplicationContext second = start()) {
            assertThat(answerSource(second)).as("answered after the index was damaged").startsWith("faq-shipping-zh@");
        }
        assertThat(output.getAll().lines().filter(line -> line.contains("WARN") && line.contains("is damaged and is rebuilt from the database")))
            .as("a warning").hasSize(1);
    }

    /** The demo store's FAQ on a file database under the data directory, as a merchant runs it. */
    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(KefuApplication.class).run(
                "--server.port=0",
                "--kefu.data-dir=" + dataDir.toAbsolutePath(),
                "--kefu.demo=true",
                "--kefu.security.admin-token=" + ServiceTest.ADMIN,
                "--kefu.emotion.background-training=false");
    }

    /** The source the bot's answer to the shipping question cites. */
    private static String answerSource(ConfigurableApplicationContext context) {
        ApiClient api = new ApiClient(((WebServerApplicationContext) context).getWebServer().getPort());
        JsonNode conversation = api.post("/api/v1/conversations", null, Map.of("language", "zh")).json();
        JsonNode turn = api.post("/api/v1/conversations/" + conversation.get("id").asString() + "/messages",
                conversation.get("customerToken").asString(), Map.of("text", QUESTION)).json();
        for (JsonNode message : turn.get("messages")) {
            for (JsonNode source : message.get("sources")) {
                if ("knowledge".equals(source.get("type").asString())) {
                    return source.get("id").asString();
                }
            }
        }
        return "no knowledge source in " + turn;
    }

    /** Overwrites the middle of every index file with garbage, as a torn or bad write leaves it. */
    private void garbleEveryFile() throws IOException {
        List<Path> files;
        try (var listing = Files.list(index)) {
            files = listing.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().equals("write.lock")).toList();
        }
        assertThat(files).as("index files to damage").isNotEmpty();
        for (Path file : files) {
            try (RandomAccessFile damaged = new RandomAccessFile(file.toFile(), "rw")) {
                damaged.seek(damaged.length() / 2);
                damaged.write(new byte[] { (byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 0x13, 0x37, 0x00, (byte) 0xff });
            }
        }
    }
}
