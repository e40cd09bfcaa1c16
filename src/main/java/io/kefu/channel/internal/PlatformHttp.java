package io.kefu.channel.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to the platforms (WeChat, WeCom, a merchant's webhook URL), with the failure classes the
 * outbox retries on: no answer, 429 and 5xx may pass; other 4xx will not.
 */
@Component
class PlatformHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final JsonMapper json;

    PlatformHttp(JsonMapper json) {
        this.json = json;
    }

    JsonNode getJson(String url) throws DeliveryFailure {
        return json.readTree(send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build()));
    }

    JsonNode postJson(String url, Object body) throws DeliveryFailure {
        return json.readTree(post(url, json.writeValueAsString(body), Map.of()));
    }

    /** Posts a JSON text as is (it may be signed byte for byte); returns the answer's body. */
    String post(String url, String body, Map<String, String> headers) throws DeliveryFailure {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
            .header("Content-Type", "application/json; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    String json(Object value) {
        return json.writeValueAsString(value);
    }

    private String send(HttpRequest request) throws DeliveryFailure {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return response.body().isBlank() ? "{}" : response.body();
            }
            throw new DeliveryFailure(request.method() + " " + request.uri().getPath() + " answered " + status,
                    status >= 500 || status == 429);
        }
        catch (IOException e) {
            throw new DeliveryFailure(request.uri().getHost() + " did not answer: " + e.getMessage(), true);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("Interrupted", true);
        }
    }
}
