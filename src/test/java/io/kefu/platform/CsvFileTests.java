package io.kefu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CsvFileTests {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws Exception {
        String csv = "\uFEFFtext,label\r\n\"in spanish, say \"\"hi\"\"\",translate\n\"two\nlines\",x\nplain,y";

        List<Map<String, String>> rows = CsvFile.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsEntry("text", "in spanish, say \"hi\"").containsEntry("label", "translate");
        assertThat(rows.get(1)).containsEntry("text", "two\nlines");
        assertThat(rows.get(2)).containsEntry("text", "plain").containsEntry("label", "y");
    }
}
