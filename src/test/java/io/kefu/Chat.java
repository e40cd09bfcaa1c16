package io.kefu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/** One customer's conversation, driven over HTTP as the widget drives it. */
public record Chat(ApiClient api, String id, String token) {

    /** A visitor who is not signed in. */
    public static Chat anonymous(ApiClient api, String language) {
        return open(api, null, Map.of("language", language));
    }

    /** A signed-in shopper, opened by the merchant's backend (the admin token vouches for the customer). */
    public static Chat of(ApiClient api, String customerId, String language) {
        return open(api, ServiceTest.ADMIN, Map.of("customerId", customerId, "language", language));
    }

    private static Chat open(ApiClient api, String token, Map<String, Object> body) {
        ApiClient.Response created = api.post("/api/v1/conversations", token, body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return new Chat(api, created.json().get("id").asString(), created.json().get("customerToken").asString());
    }

    /** The turn result of a message; asserts it was answered. */
    public JsonNode say(String text) {
        return say(Map.of("text", text));
    }

    public JsonNode say(Map<String, Object> message) {
        ApiClient.Response response = api.post(path("/messages"), token, message);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    public String path(String rest) {
        return "/api/v1/conversations/" + id + rest;
    }
}
