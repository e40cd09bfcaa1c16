package io.kefu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;

import io.kefu.ServiceTest;

/**
 * The widget where things go wrong: markup typed by a customer shows as text (to the customer and
 * to the agent), the network drops and comes back without a message lost or shown twice, and a
 * phone-sized screen still gets the whole chat.
 */
@ServiceTest
@TestPropertySource(properties = "kefu.demo=true")
class WidgetResilienceBrowserIT extends BrowserTest {

    private static final String MARKUP = "<img src=x onerror=alert(1)>";
    /** A 1×1 PNG, the smallest picture a customer can send. */
    private static final byte[] TINY_PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Test
    void markupIsShownAsTextAndNothingIsLostWhenTheNetworkDrops() throws IOException {
        String agent = staff.hire("Ben", "AGENT");
        Page desk = browsers.person("en-US");
        Browsers.signIn(desk, "http://localhost:" + port + "/agent?lang=en", agent, Staff.PASSWORD);
        Browsers.goAway(desk);

        try (DroppableNetwork network = new DroppableNetwork(port)) {
            Page shopper = browsers.person("en-US");
            List<String> dialogs = new CopyOnWriteArrayList<>();
            shopper.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            shopper.navigate("http://localhost:" + network.port() + "/?lang=en&customer=" + store.bob);
            shopper.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chat with us")).click();
            Locator widget = shopper.locator(".kefu .panel");
            assertThat(widget.locator(".disclosure")).containsText("AI assistant");

            say(shopper, MARKUP);
            assertThat(widget.locator(".msg.customer").first()).hasText(MARKUP);
            assertThat(widget.locator("img")).hasCount(0);
            say(shopper, "I want to talk to a real person");
            assertThat(widget.locator(".banner")).isVisible();

            Locator waiting = desk.locator("#queue li").filter(new Locator.FilterOptions().setHasText("asked for a human"));
            waiting.first().getByRole(AriaRole.BUTTON).click();
            assertThat(desk.locator("#transcript .bubble.customer").first()).containsText(MARKUP);
            assertThat(desk.locator("#transcript img")).hasCount(0);
            assertThat(widget.locator(".head .status")).containsText("Ben");

            network.cut();
            assertThat(widget.locator(".banner.offline")).isVisible();
            desk.locator("#reply").fill("Are you still there? Your parcel left the warehouse.");
            desk.locator("#composer button[type=submit]").click();
            say(shopper, "hello? my connection is bad", false);
            Locator failed = widget.locator(".msg.failed");
            assertThat(failed).containsText("hello? my connection is bad");
            Browsers.screenshot(shopper, "widget-offline-en");

            network.restore();
            Locator agentReply = widget.locator(".msg.agent").filter(new Locator.FilterOptions().setHasText("Your parcel left the warehouse"));
            assertThat(agentReply).hasCount(1);
            assertThat(widget.locator(".banner.offline")).isHidden();
            failed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Retry")).click();
            assertThat(widget.locator(".msg.customer:not(.pending):not(.failed)").last()).hasText("hello? my connection is bad");
            assertThat(desk.locator("#transcript")).containsText("hello? my connection is bad");
            assertThat(agentReply).hasCount(1);
            assertThat(widget.locator(".msg.customer").filter(new Locator.FilterOptions().setHasText("hello? my connection is bad")))
                .hasCount(1);
            Browsers.screenshot(shopper, "widget-reconnected-en");
            Browsers.screenshot(desk, "agent-console-en");
            assertThat(dialogs).isEmpty();
        }
    }

    @Test
    void aPhoneGetsTheWholeScreenForTheChat() {
        Page phone = browsers.person("zh-CN", 390, 844);
        phone.navigate("http://localhost:" + port + "/?lang=zh");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("在线客服")).click();
        Locator panel = phone.locator(".kefu .panel");
        assertThat(panel.locator(".msg.bot").first()).isVisible();
        BoundingBox box = panel.boundingBox();
        assertThat(box.width).isEqualTo(390);
        assertThat(box.height).isEqualTo(844);
        say(phone, "你好");
        assertThat(panel.locator(".msg.bot").nth(1)).isVisible();

        Locator picker = panel.locator("input[type=file]");
        picker.setInputFiles(new FilePayload("notes.txt", "text/plain", "not a picture".getBytes()));
        assertThat(panel.locator(".error")).containsText("只能发送");
        picker.setInputFiles(new FilePayload("damaged.png", "image/png", TINY_PNG));
        Locator sent = panel.locator(".msg.customer").filter(new Locator.FilterOptions().setHasText("damaged.png"));
        assertThat(sent.locator("img")).hasAttribute("src", java.util.regex.Pattern.compile("^blob:"));
        Browsers.screenshot(phone, "widget-phone-zh");

        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("收起客服窗口")).click();
        assertThat(panel).isHidden();
        Locator launcher = phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("在线客服"));
        launcher.focus();
        phone.keyboard().press("Enter");
        assertThat(panel).isVisible();
        assertThat(panel.locator("textarea")).isFocused();
    }

    private static void say(Page shopper, String text) {
        say(shopper, text, true);
    }

    private static void say(Page shopper, String text, boolean delivered) {
        Locator input = shopper.locator(".kefu .composer textarea");
        input.fill(text);
        input.press("Enter");
        if (delivered) {
            assertThat(shopper.locator(".kefu .msg.customer:not(.pending)").last()).hasText(text);
        }
    }
}
