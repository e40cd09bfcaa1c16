package io.kefu.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded H2 database file is encrypted as a whole (H2's {@code CIPHER=AES}). An embedded
 * database keeps earlier versions of changed rows in its file until the space happens to be reused:
 * after a customer's data was erased, their name could still be read from the raw file. Encrypted,
 * the file holds nothing readable, erased or not. The key is {@code kefu.privacy.database-file-key}
 * (set it from a secret store to protect copies of the data directory too) or else a random key
 * generated once under the data directory. A database file made before encryption existed is
 * opened as it is, with a warning.
 */
public class EmbeddedDatabaseEncryption implements EnvironmentPostProcessor, Ordered {

    static final String KEY_PROPERTY = "kefu.privacy.database-file-key";
    private static final String URL = "spring.datasource.url";
    private static final byte[] PLAIN_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private final Log log;

    /** @param logs logging before the logging system is set up (Spring Boot replays it once it is) */
    public EmbeddedDatabaseEncryption(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedDatabaseEncryption.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty(URL, "");
        if (!url.startsWith("jdbc:h2:file:") || url.toUpperCase(java.util.Locale.ROOT).contains(";CIPHER=")) {
            return;
        }
        String path = url.substring("jdbc:h2:file:".length()).split(";", 2)[0];
        Path databaseFile = Path.of(path + ".mv.db");
        if (isPlain(databaseFile)) {
            log.warn("The database file " + databaseFile + " is not encrypted (made by an earlier version); erased data may stay "
                    + "readable in it until its space is reused. Export and re-import into a new data directory to encrypt it.");
            return;
        }
        String key = Secrets.configuredOrPersisted(environment.getProperty(KEY_PROPERTY), databaseFile.resolveSibling("file-key"), "",
                generated -> { });
        String userPassword = environment.getProperty("spring.datasource.password", "");
        // H2 takes the file password first, then a space and the user's password
        environment.getPropertySources().addFirst(new MapPropertySource("kefu-database-encryption",
                Map.of(URL, url + ";CIPHER=AES", "spring.datasource.password", key.replace(' ', '_') + " " + userPassword)));
    }

    /** Whether the file exists and was written unencrypted. */
    static boolean isPlain(Path databaseFile) {
        if (!Files.isRegularFile(databaseFile)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(databaseFile)) {
            return Arrays.equals(in.readNBytes(PLAIN_HEADER.length), PLAIN_HEADER);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + databaseFile, e);
        }
    }

    @Override
    public int getOrder() {
        // after the configuration files are read
        return Ordered.LOWEST_PRECEDENCE;
    }
}
