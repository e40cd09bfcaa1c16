package io.kefu.agentdesk.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's people: with the demo store and no agents yet, an agent and a supervisor are created
 * so a newcomer can sign in to the console and the board at once. Their password is public (in the
 * README): the demo is for trying Kefu, not for running a shop.
 */
@Component
@ConditionalOnProperty(name = "kefu.demo", havingValue = "true")
class DemoAgents implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAgents.class);
    static final String PASSWORD = "kefu-demo";

    private final AgentDirectory directory;

    DemoAgents(AgentDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!directory.all().isEmpty()) {
            return;
        }
        directory.upsert(List.of(
                new AgentDirectory.AgentInput("agent", PASSWORD, "小王 Wang", "AGENT", List.of("orders", "after_sales"), List.of("zh", "en"), 5),
                new AgentDirectory.AgentInput("lead", PASSWORD, "李主管 Li", "SUPERVISOR", List.of(), List.of("zh", "en"), 5)));
        log.info("Demo agents created: sign in at /login as 'agent' or 'lead' with password '{}'.", PASSWORD);
    }
}
