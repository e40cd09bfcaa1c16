package io.kefu.agentdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * Agents for a test, with names unique to it; {@link #allOffline()} after each test so that agents
 * left online never take conversations of other tests sharing the database.
 */
public final class Desk {

    public static final String PASSWORD = "correct horse battery";

    private final ApiClient api;
    private final String suffix;
    private final List<String> tokens = new ArrayList<>();

    public Desk(ApiClient api, String suffix) {
        this.api = api;
        this.suffix = suffix;
    }

    public String name(String base) {
        return base + "-" + suffix;
    }

    public Map<String, Object> agent(String base, String role, List<String> skills, List<String> languages, int maxConcurrent) {
        return Map.of("username", name(base), "password", PASSWORD, "displayName", base.substring(0, 1).toUpperCase() + base.substring(1),
                "role", role, "skills", skills, "languages", languages, "maxConcurrent", maxConcurrent);
    }

    public void upsert(List<Map<String, Object>> agents) {
        ApiClient.Response response = api.put("/api/v1/agents", ServiceTest.ADMIN, agents);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.json().get("upserted").asInt()).isEqualTo(agents.size());
    }

    public String login(String base) {
        ApiClient.Response response = api.post("/api/v1/auth/login", null, Map.of("username", name(base), "password", PASSWORD));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode login = response.json();
        assertThat(login.get("expiresAt").asString()).isNotBlank();
        String token = login.get("token").asString();
        tokens.add(token);
        return token;
    }

    public void status(String token, String status) {
        ApiClient.Response response = api.post("/api/v1/agent/status", token, Map.of("status", status));
        assertThat(response.status()).as(response.text()).isEqualTo(204);
    }

    public void allOffline() {
        tokens.forEach(token -> api.post("/api/v1/agent/status", token, Map.of("status", "OFFLINE")));
    }
}
