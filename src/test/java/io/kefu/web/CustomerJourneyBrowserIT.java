package io.kefu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.kefu.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * The whole journey in real browsers: a shopper on the demo store page chats with the bot and asks
 * for a human; an agent, signed in in another browser context, accepts from the queue and
 * replies; the shopper sees it live; a supervisor watches the board; the agent resolves and the
 * shopper rates.
 */
@ServiceTest
@TestPropertySource(properties = "kefu.demo=true")
class CustomerJourneyBrowserIT extends BrowserTest {

    @Test
    void shopperChatsIsHandedToAnAgentAndRatesTheService() {
        String base = "http://localhost:" + port;
        String agent = staff.hire("Ada", "AGENT");
        String supervisor = staff.hire("Sue", "SUPERVISOR");

        Page desk = browsers.person("zh-CN");
        Browsers.signIn(desk, base + "/agent", agent, Staff.PASSWORD);
        // away: the customer waits in the queue until the agent accepts by hand
        Browsers.goAway(desk);

        Page shopper = browsers.person("zh-CN");
        shopper.navigate(base + "/?customer=" + store.alice);
        assertThat(shopper.locator(".product").first()).isVisible();
        shopper.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("在线客服")).click();
        Locator widget = shopper.locator(".kefu .panel");
        assertThat(widget.locator(".disclosure")).containsText("AI 助手");
        assertThat(widget.locator(".msg.bot").first()).containsText("AI");
        assertThat(widget.locator(".msg.bot").first().locator(".ai-label")).hasText("AI 生成");

        say(shopper, "我的订单到哪了");
        assertThat(widget.locator(".card-order")).containsText(store.aliceShipped);
        assertThat(widget.locator(".card-order")).containsText("SF" + store.suffix);
        Browsers.screenshot(shopper, "widget-order-answer-zh");
        // every bot message is labelled, the shopper's own never
        assertThat(widget.locator(".msg.bot .ai-label")).hasCount(widget.locator(".msg.bot").count());
        assertThat(widget.locator(".msg.bot .ai-label").last()).isVisible();
        assertThat(widget.locator(".msg.customer .ai-label")).hasCount(0);

        say(shopper, "转人工");
        assertThat(widget.locator(".banner")).isVisible();
        Browsers.screenshot(shopper, "widget-waiting-zh");
        String conversationId = (String) shopper.evaluate(
                "() => JSON.parse(localStorage.getItem(Object.keys(localStorage).find(key => key.startsWith('kefu.widget')))).id");

        Locator waiting = desk.locator("#queue li[data-conversation='" + conversationId + "']");
        assertThat(waiting).containsText("客户要求人工");
        waiting.getByRole(AriaRole.BUTTON).click();
        assertThat(desk.locator("#card")).containsText("王小丽");
        assertThat(desk.locator("#card .badge.vip")).isVisible();
        assertThat(desk.locator("#transcript")).containsText("我的订单到哪了");
        assertThat(desk.locator("#mine li[data-conversation='" + conversationId + "']")).isVisible();
        assertThat(desk.locator("#chart-box canvas")).isVisible();
        assertThat(desk.locator("#transcript .bubble.bot .ai-label").first()).isVisible();
        assertThat(desk.locator("#transcript .bubble.bot .ai-label").first()).hasText("AI 生成");
        assertThat(desk.locator("#transcript .bubble.customer").first()).isVisible();
        assertThat(desk.locator("#transcript .bubble.customer .ai-label")).hasCount(0);
        assertThat(desk).hasTitle(java.util.regex.Pattern.compile("客服工作台"));
        Browsers.screenshot(desk, "agent-console-zh");

        assertThat(widget.locator(".head .status")).containsText("Ada");
        desk.locator("#suggestions button").filter(new Locator.FilterOptions().setHasText("SF" + store.suffix)).click();
        assertThat(desk.locator("#reply")).hasValue(java.util.regex.Pattern.compile("SF" + store.suffix));
        desk.locator("#reply").fill("您好，我是客服 Ada，正在为您查看物流。");
        desk.locator("#composer button[type=submit]").click();
        assertThat(widget.locator(".msg.agent")).containsText("正在为您查看物流");
        assertThat(widget.locator(".msg.agent .who")).hasText("Ada");
        assertThat(widget.locator(".msg.agent .ai-label")).hasCount(0);
        assertThat(desk.locator("#transcript .bubble.agent .ai-label")).hasCount(0);
        Browsers.screenshot(shopper, "widget-agent-reply-zh");

        Page board = browsers.person("zh-CN");
        Browsers.signIn(board, base + "/supervisor", supervisor, Staff.PASSWORD);
        Locator row = board.locator("#board tr[data-conversation='" + conversationId + "']");
        assertThat(row).containsText("人工服务中");
        assertThat(row).containsText("Ada".toLowerCase());
        Browsers.screenshot(board, "supervisor-board-zh");

        say(shopper, "好的，谢谢");
        assertThat(desk.locator("#transcript")).containsText("好的，谢谢");
        desk.locator("#tags").fill("物流查询");
        desk.locator("#resolve").click();
        assertThat(desk.locator("#workspace")).isHidden();

        Locator rating = widget.locator(".rating");
        rating.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("5 星")).click();
        rating.getByRole(AriaRole.TEXTBOX).fill("很快就解决了");
        rating.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提交评价")).click();
        assertThat(rating).containsText("感谢您的评价");
        Browsers.screenshot(shopper, "widget-rated-zh");

        board.navigate(base + "/insight");
        assertThat(board.locator("#figures")).containsText("满意度");
        assertThat(board.locator("#figures")).containsText("/ 5");
        assertThat(board.locator("#intents-chart")).isVisible();
        Browsers.screenshot(board, "insight-zh");

        JsonNode conversation = api.get("/api/v1/conversations/" + conversationId, ServiceTest.ADMIN).json();
        assertThat(conversation.get("mode").asString()).isEqualTo("closed");
        assertThat(conversation.get("rating").get("score").asInt()).isEqualTo(5);
        assertThat(conversation.get("rating").get("comment").asString()).isEqualTo("很快就解决了");
    }

    @Test
    void aShopperSeesWhyProductsAreSuggestedAndTurnsPersonalisedRecommendationsOff() {
        Page shopper = browsers.person("zh-CN");
        shopper.navigate("http://localhost:" + port + "/");
        shopper.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("在线客服")).click();
        Locator widget = shopper.locator(".kefu .panel");
        Locator personalised = widget.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("个性化推荐"));
        // an anonymous visitor has no data of their own to ask for
        assertThat(widget.locator(".my-data")).hasCount(0);
        assertThat(personalised).isChecked();
        assertThat(personalised).isEnabled();

        say(shopper, "推荐一款手机");
        assertThat(widget.locator(".card-product").first()).containsText("推荐理由");
        assertThat(widget.locator(".msg.bot").last().locator(".ai-label")).isVisible();

        personalised.uncheck();
        assertThat(personalised).isEnabled();
        assertThat(personalised).not().isChecked();
        say(shopper, "给我推荐个手机吧");
        assertThat(widget.locator(".msg.bot").last()).containsText("未做个性化");
        Browsers.screenshot(shopper, "widget-recommendations-not-personalised-zh");
        shopper.reload();
        shopper.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("在线客服")).click();
        assertThat(personalised).isEnabled();
        // the switch shows the choice stored on the server, not the page's default
        assertThat(personalised).not().isChecked();
    }

    @Test
    void aSignedInShopperDownloadsTheirDataAndAsksForItsErasureAfterConfirming() throws Exception {
        Page shopper = browsers.person("zh-CN");
        shopper.navigate("http://localhost:" + port + "/?customer=" + store.bob);
        shopper.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("在线客服")).click();
        Locator widget = shopper.locator(".kefu .panel");
        assertThat(widget.locator(".my-data")).containsText("我的数据");

        com.microsoft.playwright.Download download = shopper.waitForDownload(() -> widget.locator("[data-export]").click());
        String copy = java.nio.file.Files.readString(download.path());
        assertThat(copy).contains(store.bob).contains(store.bobPaid).contains("\"aigc\"");
        assertThat(widget.locator(".banner")).hasText("您的数据已下载。");

        widget.locator("[data-erase]").click();
        assertThat(widget.locator(".my-data .confirm")).containsText("无法恢复");
        widget.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("取消")).click();
        assertThat(widget.locator(".my-data .confirm")).isHidden();
        widget.locator("[data-erase]").click();
        widget.locator("[data-erase-confirm]").click();
        // Bob's order is paid and not yet shipped: his request waits for a person's review
        assertThat(widget.locator(".banner")).containsText("审核");
        assertThat(widget.locator(".banner")).containsText(store.bobPaid);
        Browsers.screenshot(shopper, "widget-my-data-erasure-review-zh");
        assertThat(api.get("/api/v1/customers/" + store.bob, ServiceTest.ADMIN).status()).isEqualTo(200);
    }

    @Test
    void aShopperWhoAsksForTheirDataBeforeTheChatHasStartedStillGetsIt() throws Exception {
        Page shopper = browsers.person("en-US");
        // a slow network: the conversation is created well after the panel (and its buttons) shows
        shopper.addInitScript("""
                const realFetch = window.fetch;
                window.fetch = (url, options) => String(url).endsWith('/api/v1/conversations') && options && options.method === 'POST'
                    ? new Promise(resolve => setTimeout(resolve, 1500)).then(() => realFetch(url, options))
                    : realFetch(url, options);
                """);
        shopper.navigate("http://localhost:" + port + "/?lang=en&customer=" + store.alice);
        shopper.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chat with us")).click();
        Locator widget = shopper.locator(".kefu .panel");

        com.microsoft.playwright.Download download = shopper.waitForDownload(() -> widget.locator("[data-export]").click());
        assertThat(java.nio.file.Files.readString(download.path())).contains(store.alice);
        assertThat(widget.locator(".banner")).hasText("Your data was downloaded.");
        assertThat(widget.locator(".error")).isHidden();
    }

    private static void say(Page shopper, String text) {
        Locator input = shopper.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("输入消息"));
        input.fill(text);
        input.press("Enter");
        assertThat(shopper.locator(".kefu .msg.customer:not(.pending)").last()).hasText(text);
    }

    @Test
    void aSupervisorTakesOverFromTheBoardAndLeavesANoteTheCustomerNeverSees() {
        String base = "http://localhost:" + port;
        JsonNode started = api.openAs(store.bob, Map.of()).json();
        String conversationId = started.get("id").asString();
        String customerToken = started.get("customerToken").asString();
        api.post("/api/v1/conversations/" + conversationId + "/messages", customerToken, Map.of("text", "你们这服务太差了！！！"));

        Page board = browsers.person("zh-CN");
        Browsers.signIn(board, base + "/supervisor", staff.hire("Max", "SUPERVISOR"), Staff.PASSWORD);
        Locator row = board.locator("#board tr[data-conversation='" + conversationId + "']");
        assertThat(row.locator(".emotion")).isVisible();
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("接管")).click();

        board.waitForURL(url -> url.contains("/agent#"));
        assertThat(board.locator("#transcript")).containsText("你们这服务太差了");
        assertThat(board.locator("#card")).containsText("Bob Lee");
        // the supervisor's view of the transcript labels the bot's words as the customer saw them labelled
        assertThat(board.locator("#transcript .bubble.bot .ai-label").first()).hasText("AI 生成");
        assertThat(board.locator("#transcript .bubble.customer .ai-label")).hasCount(0);
        board.locator("#reply").fill("客户情绪激动，先安抚再查订单");
        board.locator("#internal").check();
        board.locator("#composer button[type=submit]").click();
        assertThat(board.locator("#transcript .bubble.note")).containsText("先安抚");
        // the note can arrive live before the console clears the composer; typing sooner would be wiped
        assertThat(board.locator("#reply")).hasValue("");

        board.locator("#reply").fill("非常抱歉给您带来不好的体验，我是主管 Max，马上为您处理。");
        board.locator("#composer button[type=submit]").click();
        assertThat(board.locator("#transcript .bubble.agent")).containsText("主管 Max");
        JsonNode seen = api.get("/api/v1/conversations/" + conversationId, customerToken).json();
        assertThat(seen.get("mode").asString()).isEqualTo("agent");
        assertThat(seen.get("messages").toString()).contains("主管 Max").doesNotContain("先安抚");
    }
}
