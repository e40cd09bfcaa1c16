package io.kefu.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The embedded database file is opened encrypted, except one an earlier version wrote in clear. */
class EmbeddedDatabaseEncryptionTests {

    @TempDir
    Path dataDir;

    @Test
    void aNewDatabaseFileIsEncryptedWithAGeneratedKeyKeptForTheNextStart() throws Exception {
        MockEnvironment environment = environment();
        encryption().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.datasource.url")).endsWith(";CIPHER=AES");
        String key = Files.readString(dataDir.resolve("db").resolve("file-key")).trim();
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo(key + " secret");

        MockEnvironment again = environment();
        encryption().postProcessEnvironment(again, null);
        assertThat(again.getProperty("spring.datasource.password")).isEqualTo(key + " secret");
    }

    @Test
    void aConfiguredKeyIsUsedAndNothingIsWritten() {
        MockEnvironment environment = environment().withProperty(EmbeddedDatabaseEncryption.KEY_PROPERTY, "from the vault");
        encryption().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("from_the_vault secret");
        assertThat(dataDir.resolve("db").resolve("file-key")).doesNotExist();
    }

    @Test
    void aFileWrittenInClearByAnEarlierVersionIsStillOpened() throws Exception {
        Files.createDirectories(dataDir.resolve("db"));
        Files.writeString(dataDir.resolve("db").resolve("kefu.mv.db"), "H:2,block:2,blockSize:1000,chunk:1,created:18f");
        MockEnvironment environment = environment();
        encryption().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("spring.datasource.url")).doesNotContain("CIPHER");
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1/kefu");
        encryption().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://127.0.0.1/kefu");
    }

    private static EmbeddedDatabaseEncryption encryption() {
        return new EmbeddedDatabaseEncryption(java.util.function.Supplier::get);
    }

    private MockEnvironment environment() {
        return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("db").resolve("kefu") + ";MODE=PostgreSQL")
            .withProperty("spring.datasource.password", "secret");
    }
}
