package io.kefu.agentdesk.internal;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.kefu.platform.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Agent accounts (admin) and agent login (API §3). */
@RestController
@Tag(name = "Agents", description = "Agent accounts and login")
class AgentAccountsController {

    private final AgentDirectory directory;
    private final Handoffs handoffs;
    private final LoginThrottle throttle;

    AgentAccountsController(AgentDirectory directory, Handoffs handoffs, LoginThrottle throttle) {
        this.directory = directory;
        this.handoffs = handoffs;
        this.throttle = throttle;
    }

    @PutMapping("/api/v1/agents")
    @Operation(summary = "Create or update agents (admin); a new agent needs a password")
    Map<String, Integer> upsert(@RequestBody List<AgentDirectory.AgentInput> agents) {
        return Map.of("upserted", directory.upsert(agents));
    }

    @GetMapping("/api/v1/agents")
    @Operation(summary = "All agents with presence and load (admin)")
    List<AgentView> list() {
        return AgentView.of(directory.all(), handoffs.loads());
    }

    @PostMapping("/api/v1/auth/login")
    @Operation(summary = "Log in as an agent; returns a bearer token and when it expires. Failed logins are "
            + "throttled per username and per client address (429 with Retry-After)")
    AgentDirectory.Login login(@RequestBody LoginRequest request, HttpServletRequest http) {
        String client = http.getRemoteAddr();
        throttle.check(request.username(), client);
        return directory.login(request.username(), request.password()).orElseThrow(() -> {
            throttle.failed(request.username(), client);
            return Problem.unauthorized("Unknown username or wrong password.");
        });
    }

    record LoginRequest(String username, String password) {
    }

    /** An agent as others see it: never the password hash. */
    record AgentView(String username, String displayName, String role, List<String> skills, List<String> languages, int maxConcurrent,
            String status, java.time.OffsetDateTime lastSeen, int activeConversations) {

        static List<AgentView> of(List<Agent> agents, Map<String, Integer> loads) {
            return agents.stream().map(agent -> new AgentView(agent.username(), agent.displayName(), agent.role(),
                    AgentDirectory.sorted(agent.skills()), AgentDirectory.sorted(agent.languages()), agent.maxConcurrent(), agent.status(),
                    agent.lastSeen(), loads.getOrDefault(agent.username(), 0))).toList();
        }
    }
}
