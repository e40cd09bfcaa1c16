package io.kefu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.kefu.OwnDatabase;
import io.kefu.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * An admin edits the proactive rules in the browser: every rule is off at first, a switch and its
 * wait are saved, an invalid limit is named beside the field and nothing is saved, and the page
 * shows what is stored after a reload. A database of its own: switching rules on acts on the whole store.
 */
@ServiceTest
class OutreachPageBrowserIT extends BrowserTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        String url = OwnDatabase.fresh("kefu_outreach_browser");
        registry.add("spring.datasource.url", () -> url);
    }

    @Test
    void anAdminSwitchesTheUnpaidReminderOnAndIsToldWhatIsWrongFirst() {
        String base = "http://localhost:" + port;
        Page page = browsers.person("zh-CN");
        Browsers.signIn(page, base + "/outreach", staff.hire("Ada", "ADMIN"), Staff.PASSWORD);

        Locator unpaid = page.getByLabel("提醒顾客未付款订单");
        assertThat(unpaid).not().isChecked();
        assertThat(page.getByLabel("物流停滞时通知顾客")).not().isChecked();
        assertThat(page.getByLabel("投诉解决后发送致歉优惠券")).not().isChecked();
        assertThat(page.getByLabel("待付款多少分钟后提醒")).hasValue("30");

        unpaid.check();
        page.getByLabel("待付款多少分钟后提醒").fill("45");
        page.getByLabel("免打扰开始").fill("21:30");
        page.getByLabel("每位顾客 24 小时内最多").fill("0");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.locator("#rules-errors")).containsText("每位顾客 24 小时内最多");
        assertThat(page.getByLabel("每位顾客 24 小时内最多")).hasAttribute("aria-invalid", "true");
        assertThat(api.get("/api/v1/outreach/rules", ServiceTest.ADMIN).json().get("unpaidOrder").get("enabled").asBoolean())
            .as("nothing saved").isFalse();
        Browsers.screenshot(page, "outreach-rules-error-zh");

        page.getByLabel("每位顾客 24 小时内最多").fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.locator("#toast")).containsText("已保存");
        assertThat(page.locator("#rules-errors")).isHidden();
        JsonNode saved = api.get("/api/v1/outreach/rules", ServiceTest.ADMIN).json();
        assertThat(saved.get("unpaidOrder").get("enabled").asBoolean()).isTrue();
        assertThat(saved.get("unpaidOrder").get("minutes").asInt()).isEqualTo(45);
        assertThat(saved.get("quietHours").get("start").asString()).isEqualTo("21:30");
        assertThat(saved.get("maxPerCustomerPerDay").asInt()).isEqualTo(3);
        assertThat(saved.get("stalledShipment").get("enabled").asBoolean()).isFalse();

        page.reload();
        assertThat(page.getByLabel("提醒顾客未付款订单")).isChecked();
        assertThat(page.getByLabel("待付款多少分钟后提醒")).hasValue("45");
        Browsers.screenshot(page, "outreach-rules-zh");

        page.navigate(base + "/outreach?lang=en");
        assertThat(page.getByLabel("Remind shoppers of an unpaid order")).isChecked();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Proactive service"))).isVisible();
        Browsers.screenshot(page, "outreach-rules-en");
    }
}
