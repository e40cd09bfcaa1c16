package io.kefu.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import dev.langchain4j.model.chat.ChatModel;
import io.kefu.ApiClient;
import io.kefu.Chat;
import io.kefu.ServiceTest;
import io.micrometer.core.instrument.MeterRegistry;

/** Without a base URL there is no client that could call out, and the bot answers as it always did. */
@ServiceTest
class LlmOffApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    GroundedAnswers answers;

    @Autowired
    ConversationDrafts drafts;

    @Autowired
    MeterRegistry meters;

    @Test
    void noModelIsCreatedOrAskedAndTheFallbackIsTheTemplate() {
        assertThat(context.getBeanProvider(ChatModel.class).getIfAvailable()).isNull();
        assertThat(answers.available()).isFalse();
        assertThat(answers.answer("你们的仓库在哪个城市", "zh", List.of(new Fact("policy", "returnWindowDays", "Returns within 7 days.")),
                List.of())).isEmpty();
        assertThat(drafts.summariesAvailable()).isFalse();
        assertThat(drafts.knowledgeAvailable()).isFalse();
        assertThat(drafts.handoffSummary("customer: 转人工", "zh", List.of(), List.of())).isEmpty();
        assertThat(drafts.knowledgeAnswer("礼盒包装要加钱吗", List.of("礼盒包装免费。"), "zh")).isEmpty();

        // whatever this shared database's FAQ makes of the question (a fallback or "did you mean"), no model took part
        var reply = Chat.anonymous(new ApiClient(port), "zh").say(LlmApiTests.UNCOVERED).get("messages").get(0);
        assertThat(reply.get("sources").toString()).doesNotContain("llm");
        assertThat(meters.find("kefu.llm.calls").meters()).isEmpty();
    }
}
