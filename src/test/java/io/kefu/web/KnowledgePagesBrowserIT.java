package io.kefu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.kefu.ServiceTest;
import io.kefu.knowledge.Candidate;
import io.kefu.knowledge.KnowledgeBase;
import io.kefu.knowledge.KnowledgeCuration;
import tools.jackson.databind.JsonNode;

/**
 * A supervisor curates the knowledge in the browser: writes an entry with question variants, edits
 * it, rolls it back, finds it by search, sees what customers asked in vain and approves a
 * candidate proposed from an agent's conversation.
 */
@ServiceTest
@TestPropertySource(properties = "kefu.demo=true")
class KnowledgePagesBrowserIT extends BrowserTest {

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    KnowledgeCuration curation;

    @Test
    void aSupervisorWritesEditsRollsBackAndApproves() {
        String base = "http://localhost:" + port;
        Page page = browsers.person("zh-CN");
        Browsers.signIn(page, base + "/knowledge", staff.hire("Kim", "SUPERVISOR"), Staff.PASSWORD);
        assertThat(page.locator("#entries")).containsText("共");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建条目")).click();
        page.getByLabel("问题（每行一个）").fill("礼品卡怎么用" + store.suffix + "\n礼品卡能和优惠券一起用吗" + store.suffix);
        page.getByLabel("答案", new Page.GetByLabelOptions().setExact(true)).fill("结算时输入礼品卡卡号即可抵扣。");
        page.getByLabel("分类").fill("支付");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        Locator versions = page.locator("#versions tr");
        assertThat(versions).hasCount(1);
        String id = page.getByLabel("编号").inputValue();

        page.getByLabel("答案", new Page.GetByLabelOptions().setExact(true)).fill("{{settings.nothing}}");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.locator("#entry-errors")).containsText("answer");
        assertThat(versions).hasCount(1);

        page.getByLabel("答案", new Page.GetByLabelOptions().setExact(true)).fill("结算时输入礼品卡卡号，可与优惠券同时使用。");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(versions).hasCount(2);
        Browsers.screenshot(page, "knowledge-entry-zh");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("回滚到版本 1")).click();
        assertThat(versions).hasCount(3);
        assertThat(page.getByLabel("答案", new Page.GetByLabelOptions().setExact(true))).hasValue("结算时输入礼品卡卡号即可抵扣。");
        assertThat(api.get("/api/v1/knowledge/" + id, ServiceTest.ADMIN).json().get("questions")).hasSize(2);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← 全部条目")).click();
        page.getByLabel("搜索知识").fill("礼品卡怎么用" + store.suffix);
        Locator found = page.locator("#entries tr[data-entry='" + id + "']");
        assertThat(found).containsText("另有 1 种问法");
        assertThat(page.locator("#entries tbody tr")).hasCount(1);
        Browsers.screenshot(page, "knowledge-search-zh");

        String unanswered = "你们的仓库在火星上吗" + store.suffix;
        assertThat(knowledge.answer(unanswered, "zh")).isEmpty();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("未解答问题")).click();
        assertThat(page.locator("#unanswered")).containsText(unanswered);

        Candidate candidate = curation.proposeCandidate("礼盒包装要加钱吗" + store.suffix, "礼盒包装免费。", "conv-" + store.suffix, "zh");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("候选条目")).click();
        Locator proposed = page.locator("#candidates tr[data-candidate='" + candidate.id() + "']");
        assertThat(proposed).containsText("礼盒包装免费");
        Browsers.screenshot(page, "knowledge-candidates-zh");
        proposed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("通过")).click();
        assertThat(proposed).hasCount(0);
        JsonNode approved = api.get("/api/v1/knowledge?size=500", ServiceTest.ADMIN).json();
        boolean published = false;
        for (JsonNode entry : approved) {
            published |= entry.get("questions").get(0).asString().equals("礼盒包装要加钱吗" + store.suffix)
                    && entry.get("status").asString().equals("PUBLISHED");
        }
        assertThat(published).as("the approved candidate is a published entry").isTrue();
    }
}
