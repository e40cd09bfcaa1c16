package io.kefu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.kefu.privacy.PersonalDataSeal;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sealed document table: documents encrypted at rest and named by their key, documents stored in
 * clear before still read, and the reseal after a key change never overwriting a newer document.
 */
class SealedDocumentTableTests {

    record Person(String id, String phone) {
    }

    private final JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(
            "jdbc:h2:mem:sealed-documents-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"));
    private final PersonalDataSeal keyA = new PersonalDataSeal("key A");
    private final PersonalDataSeal keyB = new PersonalDataSeal("key B");

    @BeforeEach
    void createTable() {
        jdbc.sql("CREATE TABLE people (id VARCHAR(16) PRIMARY KEY, body VARCHAR NOT NULL, sealed_with VARCHAR(16), "
                + "updated_at TIMESTAMP WITH TIME ZONE NOT NULL)").update();
    }

    @Test
    void aDocumentIsStoredSealedUnderTheCurrentKeyAndReadInClear() {
        table(keyA).put(new Person("p1", "13912345678"));

        assertThat(raw("p1")).doesNotContain("13912345678").startsWith("sealed:" + keyA.currentKeyId() + ":");
        assertThat(sealedWith("p1")).isEqualTo(keyA.currentKeyId());
        assertThat(table(keyA).find("p1")).contains(new Person("p1", "13912345678"));
    }

    @Test
    void theResealPutsClearAndRetiredDocumentsUnderTheCurrentKey() {
        table(keyA).put(new Person("p1", "13912345678"));
        jdbc.sql("INSERT INTO people (id, body, updated_at) VALUES ('p2', '{\"id\":\"p2\",\"phone\":\"13800001111\"}', CURRENT_TIMESTAMP)")
            .update();
        DocumentTable<Person> rotated = table(new PersonalDataSeal("key B", "key A"));

        assertThat(rotated.find("p2")).as("stored in clear before").contains(new Person("p2", "13800001111"));
        assertThat(rotated.resealNext(1)).isEqualTo(1);
        assertThat(rotated.resealNext(10)).isEqualTo(1);
        assertThat(rotated.resealNext(10)).isZero();

        assertThat(Map.of("p1", sealedWith("p1"), "p2", sealedWith("p2"))).containsOnly(Map.entry("p1", keyB.currentKeyId()),
                Map.entry("p2", keyB.currentKeyId()));
        assertThat(raw("p2")).doesNotContain("13800001111");
        assertThat(table(keyB).all()).containsExactly(new Person("p1", "13912345678"), new Person("p2", "13800001111"));
    }

    @Test
    void aDocumentWrittenWhileTheResealReadsItIsKept() {
        table(keyA).put(new Person("p1", "13912345678"));
        PersonalDataSeal rotated = new PersonalDataSeal("key B", "key A");
        // a node still on key A stores a newer version just after the reseal read the row
        DocumentSeal meanwhile = new DocumentSeal() {

            @Override
            public String sealDocument(String document) {
                return rotated.sealDocument(document);
            }

            @Override
            public String openDocument(String stored) {
                table(keyA).put(new Person("p1", "13700002222"));
                return rotated.openDocument(stored);
            }

            @Override
            public String currentKeyId() {
                return rotated.currentKeyId();
            }
        };

        table(meanwhile).resealNext(10);

        assertThat(table(rotated).find("p1")).contains(new Person("p1", "13700002222"));
    }

    private DocumentTable<Person> table(DocumentSeal seal) {
        return new DocumentTable<>(jdbc, JsonMapper.builder().build(), "people", "id", Person.class, p -> Map.of("id", p.id()))
            .sealedWith(seal);
    }

    private String raw(String id) {
        return jdbc.sql("SELECT body FROM people WHERE id = :id").param("id", id).query(String.class).single();
    }

    private String sealedWith(String id) {
        return jdbc.sql("SELECT sealed_with FROM people WHERE id = :id").param("id", id).query(String.class).single();
    }
}
