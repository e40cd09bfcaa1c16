package io.kefu.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.kefu.ApiClient;
import io.kefu.Chat;
import io.kefu.ServiceOnDisk;
import io.kefu.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * No personal datum a customer or an agent types is kept in clear anywhere under the data
 * directory or in the log. Conversations full of phone, landline, ID-card, bank-card numbers and
 * e-mail addresses — in the formats people type: full-width digits, Chinese numerals, dots,
 * spaces, {@code [at]}, Chinese domains — go through the HTTP API (turns, a flow, an attachment, a
 * rating, a handover with an agent's replies, the curation lists); then every file under the data
 * directory (the H2 database file byte for byte, indexes, caches, keys) and everything logged is
 * searched for each value, as typed and normalised. Once while the service runs, once after it stopped.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataAtRestTests {

    /** Each planted value: as typed, and the forms a careless copy would store it in. */
    private static final Map<String, List<String>> PLANTED = new LinkedHashMap<>();

    static {
        PLANTED.put("我的手机是１３９１２３４５６７８", List.of("１３９１２３４５６７８", "13912345678"));
        PLANTED.put("换个号码 137.2345.6789 联系我", List.of("137.2345.6789", "13723456789"));
        PLANTED.put("电话一三六一二三四五六七八", List.of("一三六一二三四五六七八", "13612345678"));
        PLANTED.put("打 135 8765 4321 找我", List.of("135 8765 4321", "13587654321"));
        // the dialogue state drops separators to compare questions: the number must not merge with the 2
        PLANTED.put("手机 158 0000 1111，2件都要", List.of("158 0000 1111", "15800001111"));
        PLANTED.put("座机010-62345678，白天打", List.of("010-62345678", "01062345678"));
        PLANTED.put("公司电话 0755 8888 6666", List.of("0755 8888 6666", "075588886666"));
        PLANTED.put("身份证 440305 19900307 2319 需要登记吗", List.of("440305 19900307 2319", "440305199003072319"));
        PLANTED.put("身份证号320102-19851122-4567", List.of("320102-19851122-4567", "320102198511224567"));
        PLANTED.put("退款到卡 6228.4800.1234.5671 可以吗", List.of("6228.4800.1234.5671", "6228480012345671"));
        PLANTED.put("银行卡６２１７ ００１２ ３４５６ ７８９３", List.of("６２１７ ００１２ ３４５６ ７８９３", "6217001234567893"));
        PLANTED.put("发票寄到 alice.wang＠example.com", List.of("alice.wang＠example.com", "alice.wang@example.com", "alice.wang"));
        PLANTED.put("邮箱 zhang.san@例子.中国 谢谢", List.of("zhang.san@例子.中国", "zhang.san"));
        PLANTED.put("my mail is bob.li [at] example [dot] com", List.of("bob.li [at] example [dot] com", "bob.li@example.com", "bob.li"));
    }

    private static final String ATTACHMENT_NAME = "receipt_13011112222.png";
    private static final String RATING = "有事打 15899990000";
    private static final String ADDRESS = "88 Nanjing Road, Huangpu, Shanghai, Emily Chen 18690007788";
    private static final String TO_AGENT = "我要转人工，我的手机是 15011112222";
    private static final String DURING_HANDOVER = "我的邮箱是 dave＠例子.公司";
    private static final String AGENT_REPLY = "好的，已记下您的邮箱 carol.chen@example.org 和电话 021-61234567，稍后回电";
    private static final byte[] TINY_PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private final Path dataDir = Path.of("target", "test-data", "at-rest-" + System.nanoTime());
    /** Attachment names as the API returned them, searched like the files. */
    private final List<String> returnedNames = new ArrayList<>();

    @Test
    void noPersonalDatumIsFoundInClearInAnyFileOrTheLog(CapturedOutput output) throws Exception {
        Map<String, List<String>> clear = clearForms();
        List<String> found;
        try (ServiceOnDisk service = ServiceOnDisk.start(dataDir, "--logging.level.io.kefu=DEBUG")) {
            converse(service.api());
            found = findings(clear, output);
        }
        found.addAll(findings(clear, output));
        System.out.printf("Personal data at rest: %d values planted (%d clear forms searched in %d files and the log), %d found in clear%n",
                clear.size(), clear.values().stream().mapToInt(List::size).sum(), RawFiles.under(dataDir).size(),
                found.stream().map(finding -> finding.substring(0, finding.lastIndexOf(" in "))).distinct().count());
        assertThat(found).as("clear personal data at rest").isEmpty();
        assertThat(rawDatabase()).as("the database file is encrypted as a whole: not even the masked values are readable")
            .startsWith("H2encrypt").doesNotContain("139****5678").doesNotContain("a***@example.com");
    }

    /** Everything a shopper and an agent could type, through every door that stores text. */
    private void converse(ApiClient api) {
        for (String text : PLANTED.keySet()) {
            Chat chat = Chat.anonymous(api, "zh");
            chat.say(text);
        }

        Chat withPhoto = Chat.anonymous(api, "zh");
        ApiClient.Response uploaded = api.upload(withPhoto.path("/attachments"), withPhoto.token(), ATTACHMENT_NAME, TINY_PNG);
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        returnedNames.add(uploaded.json().get("name").asString());
        withPhoto.say(Map.of("text", "商品破损，照片发你了", "attachments", List.of(Map.of("id", uploaded.json().get("id").asString()))));
        assertThat(api.post(withPhoto.path("/rating"), withPhoto.token(), Map.of("score", 2, "comment", RATING)).status()).isEqualTo(204);

        // a flow keeps the new address (sealed) until the customer confirms; this one is left waiting
        Chat shopper = Chat.of(api, "C1003", "en");
        shopper.say("I need to change the delivery address of my order");
        shopper.say("KF20261110001");
        JsonNode confirming = shopper.say(ADDRESS);
        assertThat(confirming.get("state").get("flow").path("awaiting").asString()).as(confirming.toString()).isEqualTo("confirm");

        Chat handedOver = Chat.anonymous(api, "zh");
        assertThat(handedOver.say(TO_AGENT).get("state").get("mode").asString()).isEqualTo("queued");
        String agent = supervisor(api);
        assertThat(api.post("/api/v1/agent/conversations/" + handedOver.id() + "/accept", agent, Map.of()).status()).isEqualTo(200);
        handedOver.say(DURING_HANDOVER);
        assertThat(api.post("/api/v1/agent/conversations/" + handedOver.id() + "/messages", agent, Map.of("text", AGENT_REPLY)).status())
            .isEqualTo(201);
        assertThat(api.post("/api/v1/agent/conversations/" + handedOver.id() + "/resolve", agent, Map.of()).status()).isEqualTo(200);

        assertThat(api.get("/api/v1/knowledge/unanswered", ServiceTest.ADMIN).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/knowledge/candidates", ServiceTest.ADMIN).text()).contains("c***@example.org");
    }

    private static String supervisor(ApiClient api) {
        Map<String, Object> lead = Map.of("username", "scan-lead", "password", "correct horse battery", "displayName", "Lead", "role",
                "SUPERVISOR", "skills", List.of(), "languages", List.of("zh", "en"), "maxConcurrent", 5);
        assertThat(api.put("/api/v1/agents", ServiceTest.ADMIN, List.of(lead)).status()).isEqualTo(200);
        return api.post("/api/v1/auth/login", null, Map.of("username", "scan-lead", "password", "correct horse battery")).json().get("token")
            .asString();
    }

    private static Map<String, List<String>> clearForms() {
        Map<String, List<String>> clear = new LinkedHashMap<>();
        PLANTED.values().forEach(forms -> clear.put(forms.getFirst(), forms));
        clear.put(ATTACHMENT_NAME, List.of(ATTACHMENT_NAME, "13011112222"));
        clear.put(RATING, List.of("15899990000"));
        clear.put(ADDRESS, List.of("18690007788", "Emily Chen 18690007788"));
        clear.put(TO_AGENT, List.of("15011112222"));
        clear.put(DURING_HANDOVER, List.of("dave＠例子.公司", "dave@例子.公司"));
        clear.put(AGENT_REPLY, List.of("carol.chen@example.org", "carol.chen", "021-61234567", "02161234567"));
        return clear;
    }

    /** "value in file" for every clear form found in a file under the data directory or in the log. */
    private List<String> findings(Map<String, List<String>> clear, CapturedOutput output) throws IOException {
        List<String> found = new ArrayList<>();
        String log = output.getAll();
        found.addAll(RawFiles.findings(dataDir, clear.values().stream().flatMap(List::stream).toList()));
        clear.values().stream().flatMap(List::stream).filter(log::contains).forEach(value -> found.add(value + " in the log"));
        String names = String.join("\n", returnedNames);
        clear.values().stream().flatMap(List::stream).filter(names::contains).forEach(value -> found.add(value + " in an API response"));
        return found;
    }

    private String rawDatabase() throws IOException {
        return new String(Files.readAllBytes(dataDir.resolve("db").resolve("kefu.mv.db")), StandardCharsets.ISO_8859_1);
    }
}
