package io.kefu.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import io.kefu.TestStore;
import tools.jackson.databind.JsonNode;

/** The hourly watch finds a complaint that ten customers sent today and nobody the day before. */
@ServiceTest
class SpikeWatchTests {

    @LocalServerPort
    int port;

    @Autowired
    SpikeWatch watch;

    @Test
    void tenSameComplaintsTodayAfterNoneYesterdaySpike() throws Exception {
        ApiClient api = new ApiClient(port);
        new TestStore(api).imported();
        // the same words every run: the store's random suffix inside the sentence changed how the
        // models read it (one suffix in a few made it a product search, and no complaint)
        String complaint = "你们寄来的保温杯漏水漏得一塌糊涂，太气人了！";
        for (int i = 0; i < 10; i++) {
            JsonNode chat = api.post("/api/v1/conversations", null, Map.of("language", "zh")).json();
            assertThat(api.post("/api/v1/conversations/" + chat.get("id").asString() + "/messages", chat.get("customerToken").asString(),
                    Map.of("text", complaint)).status()).isEqualTo(200);
        }
        long spikes = 0;
        for (int i = 0; i < 50 && spikes == 0; i++) {
            spikes = watch.check();
            Thread.sleep(100);
        }
        assertThat(spikes).isPositive();
    }
}
