package io.kefu.evaluation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain JSON-over-HTTP client of one Kefu service, as any outside client talks to it. */
public final class KefuHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String adminToken;

    /** @param adminToken the service's admin token: it imports the store and vouches for the shoppers it plays */
    public KefuHttp(String base, String adminToken) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.adminToken = adminToken;
    }

    public String adminToken() {
        return adminToken;
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Response post(String path, String token, Object body) {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Response put(String path, String token, Object body) {
        return send(request(path, token).PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A status and a body; {@link #json()} parses the body. */
    public record Response(int status, String text) {

        public JsonNode json() {
            return JSON.readTree(text);
        }

        public boolean ok() {
            return status / 100 == 2;
        }
    }
}
