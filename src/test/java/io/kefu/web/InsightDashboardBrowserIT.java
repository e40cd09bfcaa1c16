package io.kefu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * A supervisor reads the insight dashboard after an angry VIP's complaint and an agent's
 * conversation: durable containment and predicted satisfaction beside the basics, the complaint
 * topic with its SKU and carrier, the conversation at risk with its reasons, the agent's quality
 * review; and exports the topics as CSV. Screenshots in Chinese and English under target/screenshots.
 */
@ServiceTest
class InsightDashboardBrowserIT extends BrowserTest {

    @Test
    void aSupervisorSeesTopicsRiskQualityAndExportsThem() throws Exception {
        JsonNode angry = api.openAs(store.alice, Map.of("language", "zh")).json();
        String complaint = "订单" + store.aliceShipped + "到现在还没收到，太气人了！";
        say(angry, complaint);
        say(angry, "再不解决我就投诉你们！");
        String agentToken = staff.token(staff.hire("Amy", "AGENT"));
        JsonNode served = api.openAs(store.bob, Map.of("language", "zh")).json();
        say(served, "订单" + store.bobPaid + "什么时候发货");
        say(served, "转人工");
        api.post("/api/v1/agent/status", agentToken, Map.of("status", "ONLINE"));
        api.post("/api/v1/agent/conversations/" + served.get("id").asString() + "/accept", agentToken, Map.of());
        api.post("/api/v1/agent/conversations/" + served.get("id").asString() + "/messages", agentToken, Map.of("text", "这款手机是2899元"));
        api.post("/api/v1/agent/status", agentToken, Map.of("status", "OFFLINE"));

        String base = "http://localhost:" + port;
        Page page = browsers.person("zh-CN");
        Browsers.signIn(page, base + "/insight", staff.hire("Sue", "SUPERVISOR"), Staff.PASSWORD);
        assertThat(page.locator("#figures")).containsText("持久解决率");
        assertThat(page.locator("#figures")).containsText("预测满意度");
        assertThat(page.locator("#topics-table")).containsText(complaint);
        assertThat(page.locator("#topics-table")).containsText(store.phoneSku);
        assertThat(page.locator("#risk-table")).containsText(angry.get("id").asString());
        assertThat(page.locator("#risk-table")).containsText("VIP");
        assertThat(page.locator("#quality-table")).containsText("Amy");
        assertThat(page.locator("#quality-table")).containsText("准确");
        assertThat(page.locator("#quality-table")).containsText("2899");
        Browsers.screenshot(page, "insight-dashboard-zh");

        Download download = page.waitForDownload(() -> page.locator("[data-csv='topics-table']").click());
        String csv = Files.readString(download.path());
        assertThat(csv).contains("话题").contains(complaint.replace("\"", "\"\""));

        Page english = browsers.person("en-US");
        Browsers.signIn(english, base + "/insight", staff.hire("Ed", "SUPERVISOR"), Staff.PASSWORD);
        assertThat(english.locator("#figures")).containsText("Durably contained");
        assertThat(english.locator("#risk-table")).containsText(angry.get("id").asString());
        Browsers.screenshot(english, "insight-dashboard-en");
    }

    @Test
    void aComplaintSpikeIsAnnouncedOnTheSupervisorBoard() {
        // nobody complained the day before: eight alike complaints today are a 1-in-256 chance at an unchanged rate
        String complaint = "你们这个快递怎么一个星期了还没送到，太慢了，气死我了！";
        for (int i = 0; i < 8; i++) {
            say(api.post("/api/v1/conversations", null, Map.of("language", "zh")).json(), complaint);
        }
        Page board = browsers.person("zh-CN");
        Browsers.signIn(board, "http://localhost:" + port + "/supervisor", staff.hire("Sam", "SUPERVISOR"), Staff.PASSWORD);
        assertThat(board.locator("#spikes")).isVisible();
        assertThat(board.locator("#spikes")).containsText("投诉激增");
        assertThat(board.locator("#spikes")).containsText(Pattern.compile("0 → \\d+"));
        Browsers.screenshot(board, "supervisor-board-spike-zh");
    }

    private void say(JsonNode conversation, String text) {
        ApiClient.Response response = api.post("/api/v1/conversations/" + conversation.get("id").asString() + "/messages",
                conversation.get("customerToken").asString(), Map.of("text", text));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }
}
