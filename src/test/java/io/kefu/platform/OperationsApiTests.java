package io.kefu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import tools.jackson.databind.JsonNode;

@ServiceTest
class OperationsApiTests {

    @LocalServerPort
    int port;

    @Test
    void healthIsPublicAndMetricsAreForTheAdmin() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/actuator/health", null).json().get("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(401);
        ApiClient.Response metrics = api.get("/actuator/prometheus", ServiceTest.ADMIN);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("http_server_requests");
    }

    /** The tests start once the service is ready; which conditions readiness waited for is the admin's to see. */
    @Test
    void readinessIsUpOnceModelsAndIndexAreReadyAndTheAdminSeesWhatItWaitedFor() {
        ApiClient api = new ApiClient(port);
        ApiClient.Response anonymous = api.get("/actuator/health/readiness", null);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.json().has("components")).isFalse();

        JsonNode conditions = api.get("/actuator/health/readiness", ServiceTest.ADMIN).json()
            .get("components").get("readinessConditions");
        assertThat(conditions.get("status").asString()).isEqualTo("UP");
        assertThat(conditions.get("details").propertyNames()).containsExactlyInAnyOrder("start-up", "embedding-model-zh",
                "embedding-model-en", "intent-model", "emotion-model", "knowledge-index", "risk-model");
        assertThat(api.get("/actuator/health/liveness", null).json().get("status").asString()).isEqualTo("UP");
    }

    /** Every path of the contract in API.md appears in the generated OpenAPI document. */
    @Test
    void theGeneratedOpenApiDocumentCoversTheContract() throws IOException {
        JsonNode paths = new ApiClient(port).get("/v3/api-docs", null).json().get("paths");
        List<String> missing = new ArrayList<>();
        for (String path : List.of("/api/v1/settings", "/api/v1/catalog/products", "/api/v1/customers", "/api/v1/orders",
                "/api/v1/promotions", "/api/v1/knowledge", "/api/v1/conversations", "/api/v1/conversations/{id}",
                "/api/v1/conversations/{id}/messages", "/api/v1/conversations/{id}/rating", "/api/v1/conversations/{id}/close")) {
            if (!paths.has(path)) {
                missing.add(path);
            }
        }
        assertThat(missing).isEmpty();
        Path contract = Path.of("../shared/API.md");
        if (Files.exists(contract)) {
            Matcher documented = Pattern.compile("`(?:GET|PUT|POST|DELETE) (/api/v1/(?:settings|catalog|customers|orders|promotions|knowledge|conversations)[^`?\\s]*)")
                .matcher(Files.readString(contract));
            while (documented.find()) {
                String path = documented.group(1);
                if (!path.contains("/knowledge/") && !path.contains("/recommendations") && !path.contains("/export")
                        && !path.matches("/api/v1/customers/\\{id}")) {
                    assertThat(paths.has(path)).as("API.md path %s is in /v3/api-docs", path).isTrue();
                }
            }
        }
    }
}
