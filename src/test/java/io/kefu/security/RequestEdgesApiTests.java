package io.kefu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * Trust item 7: the edges answer like the middle. A field of the wrong type is 400 (not guessed
 * into shape), an oversized body is 413 whether or not it announced its length, and a path that
 * tries to climb out ({@code ../}, encoded) gets problem details like any other error, from
 * Spring's firewall and from Tomcat alike.
 */
@ServiceTest
class RequestEdgesApiTests {

    @LocalServerPort
    int port;

    ApiClient api;
    String conversation;
    String token;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        JsonNode opened = api.post("/api/v1/conversations", null, Map.of("language", "zh")).json();
        conversation = "/api/v1/conversations/" + opened.get("id").asString();
        token = opened.get("customerToken").asString();
    }

    @Test
    void aFieldOfTheWrongTypeIsABadRequest() {
        List<Attacks.Attempt> attempts = List.of(
                new Attacks.Attempt(conversation + "/messages", token, "{\"text\":123}"),
                new Attacks.Attempt(conversation + "/messages", token, "{\"text\":true}"),
                new Attacks.Attempt(conversation + "/messages", token, "{\"text\":[\"a\"]}"),
                new Attacks.Attempt(conversation + "/rating", token, "{\"score\":4.5}"),
                new Attacks.Attempt(conversation + "/rating", token, "{\"score\":\"5\"}"),
                new Attacks.Attempt("/api/v1/conversations", null, "{\"customerId\":1001}"),
                new Attacks.Attempt("/api/v1/conversations", null, "{\"language\":5}"),
                new Attacks.Attempt("/api/v1/auth/login", null, "{\"username\":1,\"password\":2}"));
        for (Attacks.Attempt attempt : attempts) {
            ApiClient.Response response = api.postRaw(attempt.name(), attempt.token(), (String) attempt.body());
            Attacks.assertProblem(response, 400, attempt.body().toString());
            assertThat(response.json().get("errors").get(0).get("field").asString()).as(attempt.body().toString()).isNotBlank();
        }
        Attacks.record("request edges", attempts.size());
        assertThat(api.get(conversation, token).json().get("messages")).as("nothing was said or rated").hasSize(1);
        assertThat(api.get(conversation, token).json().get("rating").isNull()).isTrue();
    }

    @Test
    void aBodyOverTheEndpointsLimitIsTooLargeWithOrWithoutItsLength() {
        Attacks.assertProblem(api.postChunked("/api/v1/conversations", null, 100_000), 413, "100 kB chunked opening");
        Attacks.assertProblem(api.postChunked(conversation + "/messages", token, 10_000_000), 413, "10 MB chunked message");
        Attacks.assertProblem(api.postRaw(conversation + "/messages", token, "{\"text\":\"" + "x".repeat(70_000) + "\"}"), 413,
                "70 kB message with its length");
        Attacks.record("request edges", 3);
        assertThat(api.get(conversation, token).json().get("messages")).hasSize(1);
    }

    @Test
    void aPathThatClimbsOutGetsProblemDetails() {
        List<String> paths = List.of(
                "/api/v1/conversations/%2e%2e%2f%2e%2e%2factuator%2fprometheus",
                "/api/v1/conversations/..%2factuator",
                "/api/v1/conversations/%2e%2e/%2e%2e/actuator/env",
                "/api/v1/%2e%2e/actuator/prometheus",
                "/widget/%2e%2e/%2e%2e/application.yml",
                "/static/..%5c..%5capplication.yml",
                "/api/v1/conversations/a%00b",
                "/api/v1/conversations/;jsessionid=x/..;/x");
        for (String path : paths) {
            ApiClient.Response response = api.get(path, ServiceTest.ADMIN);
            Attacks.assertProblem(response, 400, path);
            assertThat(response.text()).as(path).doesNotContain("<html").doesNotContain("Tomcat");
        }
        Attacks.record("request edges", paths.size());
    }
}
