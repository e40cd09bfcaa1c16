package io.kefu.agentdesk.internal;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Offers waiting conversations to the best free agent, highest priority first: an online agent
 * below capacity who speaks the customer's language, preferring the skill the matter needs, then
 * the least loaded. Several nodes may route at once: {@link Assignments} makes every take atomic.
 */
@Component
class Routing {

    private static final Logger log = LoggerFactory.getLogger(Routing.class);

    private final Queue queue;
    private final Agents agents;
    private final Handoffs handoffs;
    private final Assignments assignments;
    private final ReentrantLock running = new ReentrantLock();

    Routing(Queue queue, Agents agents, Handoffs handoffs, Assignments assignments) {
        this.queue = queue;
        this.agents = agents;
        this.handoffs = handoffs;
        this.assignments = assignments;
    }

    void route() {
        if (!running.tryLock()) {
            return;
        }
        try {
            routeOnce();
        }
        finally {
            running.unlock();
        }
    }

    private void routeOnce() {
        List<Queue.Ranked> waiting = queue.ordered(OffsetDateTime.now());
        if (waiting.isEmpty()) {
            return;
        }
        List<Agent> online = agents.online();
        if (online.isEmpty()) {
            return;
        }
        Map<String, Integer> loads = handoffs.loads();
        for (Queue.Ranked ranked : waiting) {
            HandoffRow row = ranked.row();
            List<Agent> candidates = online.stream()
                .filter(agent -> agent.speaks(row.language()) && loads.getOrDefault(agent.username(), 0) < agent.maxConcurrent())
                .sorted(Comparator.comparingDouble((Agent agent) -> score(agent, row, loads)).reversed())
                .toList();
            for (Agent agent : candidates) {
                Assignments.Outcome outcome = take(row.conversationId(), agent.username());
                if (outcome == Assignments.Outcome.ASSIGNED) {
                    loads.merge(agent.username(), 1, Integer::sum);
                    break;
                }
                if (outcome != Assignments.Outcome.AGENT_BUSY) {
                    break;
                }
                loads.put(agent.username(), agent.maxConcurrent());
            }
        }
    }

    private Assignments.Outcome take(String conversationId, String username) {
        try {
            return assignments.take(conversationId, username, true);
        }
        catch (ErrorResponseException e) {
            // The conversation was closed while it waited: it leaves the queue.
            log.debug("Not routing {}: {}", conversationId, e.getMessage());
            handoffs.close(conversationId, OffsetDateTime.now());
            return Assignments.Outcome.NOT_WAITING;
        }
    }

    /** Skill match counts most, then the customer's language listed explicitly, then spare capacity. */
    static double score(Agent agent, HandoffRow row, Map<String, Integer> loads) {
        double skill = row.skill() != null && agent.skills().contains(row.skill()) ? 100 : 0;
        double language = agent.languages().contains(row.language()) ? 10 : 0;
        double spare = 1.0 - (double) loads.getOrDefault(agent.username(), 0) / Math.max(1, agent.maxConcurrent());
        return skill + language + 5 * spare;
    }
}
