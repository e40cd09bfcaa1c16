package io.kefu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;

/** Agents and supervisors of one test, with names unique to it; all set offline afterwards. */
final class Staff {

    static final String PASSWORD = "correct horse battery";

    private final ApiClient api;
    private final String suffix;
    private final List<String> usernames = new ArrayList<>();

    Staff(ApiClient api, String suffix) {
        this.api = api;
        this.suffix = suffix;
    }

    /** Creates the person and returns their username. */
    String hire(String name, String role) {
        String username = name.toLowerCase() + "-" + suffix;
        ApiClient.Response response = api.put("/api/v1/agents", ServiceTest.ADMIN, List.of(Map.of("username", username, "password", PASSWORD,
                "displayName", name, "role", role, "skills", List.of(), "languages", List.of("zh", "en"), "maxConcurrent", 5)));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        usernames.add(username);
        return username;
    }

    String token(String username) {
        ApiClient.Response login = api.post("/api/v1/auth/login", null, Map.of("username", username, "password", PASSWORD));
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        return login.json().get("token").asString();
    }

    /** No agent of this test stays online to take another test's customers. */
    void allOffline() {
        usernames.forEach(username -> api.post("/api/v1/agent/status", token(username), Map.of("status", "OFFLINE")));
    }
}
