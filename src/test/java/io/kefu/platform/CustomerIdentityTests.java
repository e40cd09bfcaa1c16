package io.kefu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kefu.ApiClient;

class CustomerIdentityTests {

    @TempDir
    Path dataDir;

    @Test
    void withoutAConfiguredSecretOneIsGeneratedOnceAndKeptUnderTheDataDirectory() throws IOException {
        CustomerIdentity first = new CustomerIdentity(settings(null));
        Path file = dataDir.resolve("identity-secret");
        String secret = Files.readString(file).trim();

        assertThat(secret).hasSizeGreaterThan(40);
        assertThat(first.sign("C1001")).isEqualTo(ApiClient.hmacSha256Hex(secret, "C1001"));
        assertThat(new CustomerIdentity(settings(null)).sign("C1001")).as("the same after a restart").isEqualTo(first.sign("C1001"));
        if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void aConfiguredSecretSignsAndNothingElseProves() {
        CustomerIdentity identity = new CustomerIdentity(settings("merchant-secret"));
        String hash = ApiClient.hmacSha256Hex("merchant-secret", "C1001");

        assertThat(identity.proves("C1001", hash)).isTrue();
        assertThat(identity.proves("C1002", hash)).isFalse();
        assertThat(identity.proves("C1001", null)).isFalse();
        assertThat(identity.proves(null, hash)).isFalse();
        assertThat(Files.exists(dataDir.resolve("identity-secret"))).as("nothing generated when configured").isFalse();
    }

    private KefuSettings settings(String identitySecret) {
        return new KefuSettings(dataDir, new KefuSettings.Security(null, identitySecret, 30, 10, 60, 10, 30, 16_777_216, 65_536), false);
    }
}
