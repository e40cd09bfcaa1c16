package io.kefu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;

/**
 * What the security tests share: staff to attack with, the check that a refusal is a clean
 * problem detail, and the tally of attack requests per category, written to
 * {@code target/security-attacks.tsv} (each recorded attempt was refused as it should be).
 */
final class Attacks {

    static final String PASSWORD = "correct horse battery";
    private static final Map<String, Integer> TALLY = new ConcurrentHashMap<>();

    private Attacks() {
    }

    /** One attack request: what it tries, with which token, sending what. */
    record Attempt(String name, String token, Object body) {
    }

    /** Creates a staff member with that role (speaking zh and en) and logs them in. */
    static String agentToken(ApiClient api, String username, String role) {
        return agentToken(api, username, role, List.of("zh", "en"));
    }

    static String agentToken(ApiClient api, String username, String role, List<String> languages) {
        ApiClient.Response upserted = api.put("/api/v1/agents", ServiceTest.ADMIN, List.of(Map.of("username", username, "password", PASSWORD,
                "displayName", username, "role", role, "skills", List.of(), "languages", languages, "maxConcurrent", 5)));
        assertThat(upserted.status()).as(upserted.text()).isEqualTo(200);
        ApiClient.Response login = api.post("/api/v1/auth/login", null, Map.of("username", username, "password", PASSWORD));
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        return login.json().get("token").asString();
    }

    /** Sends {@code count} requests at the same moment. */
    static List<ApiClient.Response> atOnce(int count, java.util.function.Supplier<ApiClient.Response> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<Future<ApiClient.Response>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return request.get();
                }));
            }
            start.countDown();
            List<ApiClient.Response> responses = new ArrayList<>();
            for (Future<ApiClient.Response> response : sent) {
                responses.add(response.get());
            }
            return responses;
        }
    }

    /** The response is the refusal expected: that status, as RFC 9457 problem details, revealing nothing internal. */
    static void assertProblem(ApiClient.Response response, int status, String attempt) {
        assertThat(response.status()).as("%s: %s", attempt, response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(attempt).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).as(attempt).isEqualTo(status);
        assertThat(response.text()).as(attempt).doesNotContain("Exception").doesNotContain("at io.kefu");
    }

    /** Counts attack requests of a category, all of them refused (call after the assertions). */
    static synchronized void record(String category, int attempts) {
        TALLY.merge(category, attempts, Integer::sum);
        String table = new TreeMap<>(TALLY).entrySet().stream()
            .map(entry -> entry.getKey() + "\t" + entry.getValue() + "\t" + entry.getValue())
            .collect(Collectors.joining("\n", "category\tattempts\tpassed\n", "\n"));
        try {
            Files.writeString(Path.of("target", "security-attacks.tsv"), table);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
