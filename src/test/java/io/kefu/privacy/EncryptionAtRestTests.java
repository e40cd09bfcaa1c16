package io.kefu.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.kefu.ServiceOnDisk;
import io.kefu.privacy.PersonalRecords.Download;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Customers, orders and attachments are encrypted at rest on the embedded H2 database: stored
 * through the HTTP API, none of their personal data is found in any file under the data directory
 * (the database file byte for byte, the attachment files), while the API returns it in clear. A
 * changed key rotates without downtime: what the old key sealed reads at once, and the background
 * pass reseals it, and what was stored in clear before, under the new key.
 */
class EncryptionAtRestTests {

    private static final String KEY_A = "the first key of the at-rest test";
    private static final String KEY_B = "the second key of the at-rest test";
    private static final Duration PASS_LIMIT = Duration.ofSeconds(60);

    @Test
    void personalDataIsUnreadableInTheRawFilesWhileTheApiReturnsIt() throws Exception {
        Path dataDir = dataDir("sealed");
        Download photo;
        try (ServiceOnDisk service = ServiceOnDisk.start(dataDir)) {
            photo = PersonalRecords.store(service.api());
            PersonalRecords.assertReadableThrough(service.api(), photo);
        }

        assertThat(PersonalRecords.foundInClear(dataDir)).as("personal data in clear under the data directory").isEmpty();
        // the embedded database file is encrypted as a whole besides: the rows, read through the file's key, are sealed too
        try (Connection connection = openDatabase(dataDir)) {
            List<String> bodies = JdbcClient.create(new SingleConnectionDataSource(connection, true))
                .sql("SELECT id || ' ' || body FROM customers UNION ALL SELECT order_id || ' ' || body FROM orders").query(String.class).list();
            assertThat(String.join("\n", bodies)).as("the ids beside the sealed bodies").contains(PersonalRecords.ORDER, PersonalRecords.FIRST);
            for (String clear : PersonalRecords.CLEAR) {
                assertThat(bodies).noneMatch(body -> body.contains(clear));
            }
        }
        List<Path> attachments = PersonalRecords.files(dataDir.resolve("attachments"));
        assertThat(attachments).hasSize(1);
        assertThat(PersonalRecords.read(attachments.getFirst())).as("not even the image header is readable").doesNotContain("PNG", "IHDR");
        try (ServiceOnDisk restarted = ServiceOnDisk.start(dataDir)) {
            PersonalRecords.assertReadableThrough(restarted.api(), photo);
        }
    }

    @Test
    void aNewKeyReadsWhatTheOldOneSealedAtOnceAndTheBackgroundPassResealsEverythingUnderIt() throws Exception {
        Path dataDir = dataDir("rotated");
        Download photo;
        try (ServiceOnDisk underA = ServiceOnDisk.start(dataDir, "--kefu.privacy.encryption-key=" + KEY_A)) {
            photo = PersonalRecords.store(underA.api());
            assertThat(keyIds(underA.bean(JdbcClient.class))).containsOnly(new PersonalDataSeal(KEY_A).currentKeyId());
        }
        storedInClearBeforeTheUpgrade(dataDir);

        String keyB = new PersonalDataSeal(KEY_B).currentKeyId();
        try (ServiceOnDisk rotated = ServiceOnDisk.start(dataDir, "--kefu.privacy.encryption-key=" + KEY_B,
                "--kefu.privacy.previous-encryption-keys=" + KEY_A)) {
            PersonalRecords.assertReadableThrough(rotated.api(), photo);
            JdbcClient jdbc = rotated.bean(JdbcClient.class);
            awaitOnly(keyB, jdbc);
            assertThat(jdbc.sql("SELECT body FROM customers UNION ALL SELECT body FROM orders").query(String.class).list())
                .allSatisfy(body -> assertThat(PersonalDataSeal.keyIdOf(body)).contains(keyB));
            assertThat(PersonalRecords.files(dataDir.resolve("attachments")))
                .allSatisfy(file -> assertThat(PersonalDataSeal.keyIdOf(java.nio.file.Files.readAllBytes(file))).contains(keyB));
            double resealed = rotated.bean(MeterRegistry.class).find("kefu.privacy.reencrypted").counters().stream()
                .mapToDouble(Counter::count).sum();
            assertThat(resealed).as("the pass reports its progress").isGreaterThanOrEqualTo(4);
        }

        assertThat(PersonalRecords.foundInClear(dataDir.resolve("attachments"))).isEmpty();
        try (ServiceOnDisk keyBAlone = ServiceOnDisk.start(dataDir, "--kefu.privacy.encryption-key=" + KEY_B)) {
            PersonalRecords.assertReadableThrough(keyBAlone.api(), photo);
        }
    }

    /** One customer and the photo as a node before encryption at rest left them: in clear, naming no key. */
    private static void storedInClearBeforeTheUpgrade(Path dataDir) throws Exception {
        String clearCustomer = "{\"id\":\"" + PersonalRecords.SECOND
                + "\",\"name\":\"钱多多\",\"phone\":\"13655443322\",\"email\":\"duoduo.qian@example.net\",\"vip\":false,\"tags\":[]}";
        try (Connection connection = openDatabase(dataDir)) {
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            jdbc.sql("UPDATE customers SET body = :body, sealed_with = NULL WHERE id = :id").param("body", clearCustomer)
                .param("id", PersonalRecords.SECOND).update();
            jdbc.sql("UPDATE attachments SET sealed_with = NULL").update();
        }
        Path file = PersonalRecords.files(dataDir.resolve("attachments")).getFirst();
        java.nio.file.Files.write(file, PersonalRecords.PHOTO);
    }

    /** The stopped service's database, opened with the key of its encrypted file. */
    private static Connection openDatabase(Path dataDir) throws Exception {
        String fileKey = java.nio.file.Files.readString(dataDir.resolve("db").resolve("file-key")).trim();
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("db/kefu")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;CIPHER=AES", "sa", fileKey + " ");
    }

    private static List<String> keyIds(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT COALESCE(sealed_with, 'clear') FROM customers UNION ALL SELECT COALESCE(sealed_with, 'clear') FROM orders
                UNION ALL SELECT COALESCE(sealed_with, 'clear') FROM attachments""").query(String.class).list();
    }

    private static void awaitOnly(String keyId, JdbcClient jdbc) throws InterruptedException {
        long deadline = System.nanoTime() + PASS_LIMIT.toNanos();
        while (!keyIds(jdbc).stream().allMatch(keyId::equals)) {
            assertThat(System.nanoTime()).as("the re-encryption pass finished within " + PASS_LIMIT + ": " + keyIds(jdbc)).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static Path dataDir(String name) {
        return Path.of("target", "test-data", "encryption-" + name + "-" + System.nanoTime());
    }
}
