package io.kefu.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kefu.platform.KefuSettings;

/** The keyring behind encryption at rest: what opens, what stays shut, and which key says so. */
class PersonalDataSealTests {

    private static final String ADDRESS = "上海市黄浦区南京东路 88 号 王先生 13912345678";
    /** Sealed by the seal before keys had ids, under the key "the seal key of before". */
    private static final String SEALED_BEFORE_KEY_IDS = "sealed:kjkfihpmaifcepdnpandlfiaekocgjongphkcgpcgnblecbpbnbcglnhnilbicdopjooaaomeebedpdjleehncklneeaafnopmbofpacjaobpfinimnmpchnhioddlcgenkochnklaaakcegfdhbddnpnegkbmdmklgcahahminehe";

    private final PersonalDataSeal keyA = new PersonalDataSeal("key A");
    private final PersonalDataSeal keyB = new PersonalDataSeal("key B");

    @TempDir
    Path dataDir;

    @Test
    void aValueComesBackAsSealedAndNothingOfItShows() {
        String sealed = keyA.seal(ADDRESS);

        assertThat(sealed).doesNotContain("13912345678").doesNotContain("南京东路").matches("sealed:[a-p]{8}:[a-p]+");
        assertThat(keyA.seal(ADDRESS)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(keyA.open(sealed)).contains(ADDRESS);
        byte[] photo = ADDRESS.getBytes(StandardCharsets.UTF_8);
        byte[] sealedPhoto = keyA.seal(photo);
        assertThat(new String(sealedPhoto, StandardCharsets.ISO_8859_1)).doesNotContain("13912345678");
        assertThat(PersonalDataSeal.isSealed(sealedPhoto)).isTrue();
        assertThat(keyA.open(sealedPhoto)).hasValueSatisfying(clear -> assertThat(clear).isEqualTo(photo));
    }

    @Test
    void anotherKeyOpensNothing() {
        String sealed = keyA.seal(ADDRESS);
        byte[] sealedPhoto = keyA.seal(ADDRESS.getBytes(StandardCharsets.UTF_8));

        assertThat(keyB.open(sealed)).isEmpty();
        assertThat(keyB.open(sealedPhoto)).isEmpty();
        assertThatThrownBy(() -> keyB.openDocument(sealed)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining(keyA.currentKeyId()).hasMessageNotContaining("13912345678");
        assertThat(keyB.open(SEALED_BEFORE_KEY_IDS)).isEmpty();
    }

    @Test
    void anAlteredValueOpensNothing() {
        String sealed = keyA.seal(ADDRESS);
        char last = sealed.charAt(sealed.length() - 1);
        String altered = sealed.substring(0, sealed.length() - 1) + (last == 'a' ? 'b' : 'a');
        byte[] sealedPhoto = keyA.seal(ADDRESS.getBytes(StandardCharsets.UTF_8));
        sealedPhoto[sealedPhoto.length - 1] ^= 1;

        assertThat(keyA.open(altered)).isEmpty();
        assertThat(keyA.open(sealedPhoto)).isEmpty();
        assertThat(keyA.open("sealed:" + keyA.currentKeyId() + ":xyz")).isEmpty();
    }

    @Test
    void aRetiredKeyStillOpensWhatItSealedWhileTheCurrentKeySealsAnew() {
        String sealedUnderA = keyA.seal(ADDRESS);
        byte[] photoUnderA = keyA.seal(ADDRESS.getBytes(StandardCharsets.UTF_8));
        PersonalDataSeal rotated = new PersonalDataSeal("key B", "key A");

        assertThat(rotated.open(sealedUnderA)).contains(ADDRESS);
        assertThat(rotated.open(photoUnderA)).isPresent();
        assertThat(rotated.currentKeyId()).isEqualTo(keyB.currentKeyId());
        assertThat(PersonalDataSeal.keyIdOf(rotated.seal(ADDRESS))).contains(keyB.currentKeyId());
        assertThat(keyB.open(rotated.seal(ADDRESS))).as("key B alone opens what the rotated ring seals").contains(ADDRESS);
    }

    @Test
    void everyValueNamesTheKeyThatSealedIt() {
        assertThat(keyA.currentKeyId()).matches("[a-p]{8}").isEqualTo(new PersonalDataSeal("key A").currentKeyId())
            .isNotEqualTo(keyB.currentKeyId());
        assertThat(PersonalDataSeal.keyIdOf(keyA.seal(ADDRESS))).contains(keyA.currentKeyId());
        assertThat(PersonalDataSeal.keyIdOf(keyA.seal(new byte[] { 1, 2, 3 }))).contains(keyA.currentKeyId());
        assertThat(PersonalDataSeal.keyIdOf(ADDRESS)).isEmpty();
        assertThat(PersonalDataSeal.keyIdOf(SEALED_BEFORE_KEY_IDS)).isEmpty();
    }

    @Test
    void valuesSealedBeforeKeysHadIdsStillOpen() {
        assertThat(new PersonalDataSeal("the seal key of before").open(SEALED_BEFORE_KEY_IDS)).contains(ADDRESS);
        assertThat(new PersonalDataSeal("key B", "the seal key of before").open(SEALED_BEFORE_KEY_IDS)).contains(ADDRESS);
    }

    @Test
    void aDocumentStoredInClearBeforeComesBackAsItIs() {
        assertThat(keyA.openDocument("{\"name\":\"王小明\"}")).isEqualTo("{\"name\":\"王小明\"}");
        assertThat(keyA.openDocument(keyA.sealDocument("{\"name\":\"王小明\"}"))).isEqualTo("{\"name\":\"王小明\"}");
    }

    @Test
    void withoutAKeyOneIsGeneratedReadableByTheOwnerOnlyAndKept() throws Exception {
        PersonalDataSeal first = new PersonalDataSeal(settings(null, List.of(), null), kefu());
        Path keyFile = dataDir.resolve("seal-key");

        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String sealed = first.seal(ADDRESS);
        PersonalDataSeal restarted = new PersonalDataSeal(settings(null, List.of(), null), kefu());
        assertThat(restarted.currentKeyId()).isEqualTo(first.currentKeyId());
        assertThat(restarted.open(sealed)).contains(ADDRESS);
    }

    @Test
    void aNodeGivenAnEncryptionKeyStillReadsWhatItsGeneratedKeyAndItsSealKeySealed() throws Exception {
        Files.writeString(dataDir.resolve("seal-key"), "the seal key of before\n");
        String underSealKeySetting = new PersonalDataSeal("an older seal-key setting").seal(ADDRESS);

        PersonalDataSeal upgraded = new PersonalDataSeal(settings("the encryption key", List.of(), "an older seal-key setting"), kefu());

        assertThat(upgraded.currentKeyId()).isEqualTo(new PersonalDataSeal("the encryption key").currentKeyId());
        assertThat(upgraded.open(SEALED_BEFORE_KEY_IDS)).contains(ADDRESS);
        assertThat(upgraded.open(underSealKeySetting)).contains(ADDRESS);
    }

    @Test
    void anEncryptionKeyCreatesNoKeyFileAndItsPreviousKeysAreRead() {
        PersonalDataSeal rotated = new PersonalDataSeal(settings("key B", List.of(" key A ", ""), null), kefu());

        assertThat(dataDir.resolve("seal-key")).doesNotExist();
        assertThat(rotated.currentKeyId()).isEqualTo(keyB.currentKeyId());
        assertThat(rotated.open(keyA.seal(ADDRESS))).contains(ADDRESS);
    }

    private static PrivacySettings settings(String encryptionKey, List<String> previous, String sealKey) {
        return new PrivacySettings(encryptionKey, previous, sealKey);
    }

    private KefuSettings kefu() {
        return new KefuSettings(dataDir, new KefuSettings.Security(null, null, 30, 10, 60, 10, 30, 16_777_216, 65_536), false);
    }
}
