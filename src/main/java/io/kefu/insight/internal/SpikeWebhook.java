package io.kefu.insight.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import io.kefu.insight.InsightSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells the merchant's system of a complaint spike: one JSON POST to
 * {@code kefu.insight.spike-webhook-url} per topic and day, in the background so the board
 * never waits on the merchant's server. A failed delivery is logged and tried again the next time
 * the spike is seen.
 */
@Component
class SpikeWebhook implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SpikeWebhook.class);

    private final InsightSettings settings;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();

    SpikeWebhook(InsightSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
    }

    void announce(ComplaintTopics.Topic topic, OffsetDateTime from, OffsetDateTime to) {
        String url = settings.spikeWebhookUrl();
        // once a day per topic: the watch's window moves every hour, the board's with every read
        String key = topic.label() + '|' + to.toLocalDate();
        if (!topic.spike() || url == null || url.isBlank() || !delivered.add(key)) {
            return;
        }
        background.execute(() -> {
            try {
                byte[] body = json.writeValueAsBytes(Map.of("event", "complaint_spike", "topic", topic, "from", from.toString(), "to",
                        to.toString()));
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() >= 300) {
                    throw new IllegalStateException("status " + response.statusCode());
                }
            }
            catch (Exception e) {
                delivered.remove(key);
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                log.warn("Spike webhook {} failed: {}", url, e.getMessage());
            }
        });
    }

    @Override
    public void destroy() {
        background.close();
    }
}
