package io.kefu.nlu.internal.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileVectorStoreTests {

    @TempDir
    Path directory;

    @Test
    void vectorsSurviveARestart() {
        FileVectorStore store = new FileVectorStore(directory);
        store.putAll("m", List.of("查物流", "hello"), List.of(new float[] {1, 2}, new float[] {3, 4}));
        store.flush();

        FileVectorStore reopened = new FileVectorStore(directory);

        assertThat(reopened.get("m", "查物流")).containsExactly(1, 2);
        assertThat(reopened.get("m", "hello")).containsExactly(3, 4);
        assertThat(reopened.get("m", "unknown")).isNull();
        assertThat(reopened.get("other-model", "hello")).isNull();
    }

    @Test
    void forgottenTextsAreGoneFromMemoryAndFileTheOthersStay() {
        FileVectorStore store = new FileVectorStore(directory);
        store.putAll("m", List.of("我叫林晓雯", "查物流"), List.of(new float[] {1, 2}, new float[] {3, 4}));
        store.flush();
        store.putAll("m", List.of("地址是文三路"), List.of(new float[] {5, 6}));

        store.forget(List.of("我叫林晓雯", "地址是文三路"));
        store.flush();

        assertThat(store.get("m", "我叫林晓雯")).isNull();
        FileVectorStore reopened = new FileVectorStore(directory);
        assertThat(reopened.get("m", "我叫林晓雯")).isNull();
        assertThat(reopened.get("m", "地址是文三路")).as("pending, never written").isNull();
        assertThat(reopened.get("m", "查物流")).containsExactly(3, 4);
    }

    @Test
    void aModelNotLoadedIsForgottenInItsFile() {
        FileVectorStore writer = new FileVectorStore(directory);
        writer.putAll("m", List.of("我叫林晓雯", "查物流"), List.of(new float[] {1, 2}, new float[] {3, 4}));
        writer.flush();

        new FileVectorStore(directory).forget(List.of("我叫林晓雯"));

        FileVectorStore reopened = new FileVectorStore(directory);
        assertThat(reopened.get("m", "我叫林晓雯")).isNull();
        assertThat(reopened.get("m", "查物流")).containsExactly(3, 4);
    }

    @Test
    void aTornLastRecordIsIgnored() throws Exception {
        FileVectorStore store = new FileVectorStore(directory);
        store.putAll("m", List.of("a"), List.of(new float[] {1, 2}));
        store.flush();
        Files.write(directory.resolve("m.vectors"), new byte[] {1, 2, 3}, StandardOpenOption.APPEND);

        assertThat(new FileVectorStore(directory).get("m", "a")).containsExactly(1, 2);
    }

    @Test
    void aTextHoldingPersonalDataIsRememberedButNeverWritten() {
        FileVectorStore store = new FileVectorStore(directory);
        store.putAll("m", List.of("我的手机是13912345678", "查物流"), List.of(new float[] {1, 2}, new float[] {3, 4}));
        store.flush();

        assertThat(store.get("m", "我的手机是13912345678")).as("in memory, for this run").containsExactly(1, 2);
        FileVectorStore reopened = new FileVectorStore(directory);
        assertThat(reopened.get("m", "我的手机是13912345678")).isNull();
        assertThat(reopened.get("m", "查物流")).containsExactly(3, 4);
    }
}
