package io.kefu.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.kefu.insight.InsightSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A spike reaches the merchant's webhook once, as JSON; a topic that does not spike never does. Against a local fake server. */
class SpikeWebhookTests {

    @Test
    void aSpikeIsPostedOnceAndNoSpikeNever() throws Exception {
        LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks/spikes", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("Content-Type") + "\n"
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/spikes";
            InsightSettings defaults = InsightSettings.defaults();
            InsightSettings settings = new InsightSettings(url, defaults.spikeSignificance(), defaults.spikeMinCount(), defaults.topicSimilarity(),
                    defaults.durableDays(), defaults.responseSeconds(), defaults.maxConversations());
            SpikeWebhook webhook = new SpikeWebhook(settings, JsonMapper.builder().build());
            ComplaintTopics.Topic spike = topic("投诉反馈 · 杯子 / 碎了", 12, 1, true);
            ComplaintTopics.Topic steady = topic("投诉反馈 · 发货 / 还没", 7, 6, false);

            webhook.announce(steady, History.START, History.START.plusDays(7));
            webhook.announce(spike, History.START, History.START.plusDays(7));
            webhook.announce(spike, History.START, History.START.plusDays(7));

            String first = received.poll(10, TimeUnit.SECONDS);
            assertThat(first).startsWith("application/json");
            JsonNode body = JsonMapper.builder().build().readTree(first.substring(first.indexOf('\n') + 1));
            assertThat(body.get("event").asString()).isEqualTo("complaint_spike");
            assertThat(body.get("topic").get("label").asString()).isEqualTo(spike.label());
            assertThat(body.get("topic").get("count").asInt()).isEqualTo(12);
            assertThat(received.poll(1, TimeUnit.SECONDS)).as("once per topic and period; the steady topic never").isNull();
            webhook.destroy();
        }
        finally {
            server.stop(0);
        }
    }

    private static ComplaintTopics.Topic topic(String label, long count, long previous, boolean spike) {
        return new ComplaintTopics.Topic(label, "complaint", List.of(), count, previous, spike, Spikes.pValue(count, previous), List.of("SKU-1"),
                List.of("杯具"), List.of("顺丰速运"), List.of("陶瓷杯"), List.of("收到的杯子碎了"));
    }
}
