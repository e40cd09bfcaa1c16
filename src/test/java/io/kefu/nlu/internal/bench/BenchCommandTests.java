package io.kefu.nlu.internal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

class BenchCommandTests {

    @Test
    void customersOpenConversationsAndSendMessagesWithTheirToken() throws Exception {
        AtomicInteger opened = new AtomicInteger();
        AtomicInteger authorised = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/conversations", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/api/v1/conversations")) {
                int n = opened.incrementAndGet();
                reply(exchange, 201, "{\"id\":\"c" + n + "\",\"customerToken\":\"t" + n + "\",\"mode\":\"bot\"}");
            } else {
                String conversation = path.split("/")[4];
                boolean ok = ("Bearer t" + conversation.substring(1))
                        .equals(exchange.getRequestHeaders().getFirst("Authorization"));
                if (ok) {
                    authorised.incrementAndGet();
                }
                reply(exchange, ok ? 200 : 403, "{\"messages\":[]}");
            }
        });
        server.start();
        try {
            BenchCommand.Result result = new BenchCommand.Load(
                    "http://127.0.0.1:" + server.getAddress().getPort(), 3, 1, 5, false).run();

            assertThat(opened.get()).isEqualTo(3);
            assertThat(result.errors()).isZero();
            assertThat(result.turns()).isPositive();
            assertThat(authorised.get()).isGreaterThanOrEqualTo(result.turns());
            assertThat(result.p99()).isGreaterThanOrEqualTo(result.p50());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void uniqueTagsAreDistinctWordsOfLetters() {
        java.util.Set<String> tags = new java.util.HashSet<>();
        for (int n = 0; n < 20_000; n++) {
            String tag = BenchCommand.Load.uniqueTag(n);
            assertThat(tag).matches("k[a-z]+");
            tags.add(tag);
        }

        assertThat(tags).hasSize(20_000);
    }

    @Test
    void percentilesOfSortedLatencies() {
        List<Long> nanos = List.of(1_000_000L, 2_000_000L, 3_000_000L, 4_000_000L);

        assertThat(BenchCommand.percentile(nanos, 50)).isEqualTo(2.0);
        assertThat(BenchCommand.percentile(nanos, 99)).isEqualTo(4.0);
        assertThat(BenchCommand.percentile(List.of(), 99)).isZero();
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getRequestBody().readAllBytes();
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
