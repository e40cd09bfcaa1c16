package io.kefu.nlu.internal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The bench against fake nodes of our own that speak the conversation API and refuse as a real node does. */
class BenchCommandTests {

    private final List<FakeNode> nodes = new java.util.ArrayList<>();

    @AfterEach
    void stop() {
        nodes.forEach(node -> node.server.stop(0));
    }

    @Test
    void customersOpenConversationsAndSendMessagesWithTheirToken() throws Exception {
        FakeNode node = node(Integer.MAX_VALUE, 0);

        Tally tally = new Load(options(List.of(node.url()), 3, null)).run();

        assertThat(node.opened.get()).isEqualTo(3);
        assertThat(tally.errors()).isZero();
        assertThat(tally.customersRan()).isEqualTo(3);
        assertThat(tally.measuredTurns()).isPositive();
        assertThat(node.authorised.get()).isGreaterThanOrEqualTo(tally.measuredTurns());
        Tally.Figures figures = tally.figures(0, 1_000_000_000L);
        assertThat(figures.p99()).isGreaterThanOrEqualTo(figures.p50());
    }

    @Test
    void aRefusedOpeningIsAnErrorAndTheCustomerIsMissingFromThoseThatRan() throws Exception {
        FakeNode node = node(2, 0);

        Tally tally = new Load(options(List.of(node.url()), 5, null)).run();

        assertThat(tally.customersRan()).as("two of five customers got a conversation").isEqualTo(2);
        assertThat(tally.errorsByKind().get(BenchError.OPENING_429)).as("each of the three refused at least once").isGreaterThanOrEqualTo(3);
        assertThat(tally.errors()).isEqualTo(tally.errorsByKind().get(BenchError.OPENING_429));
    }

    @Test
    void refusedMessagesAndFailuresAreCountedByKind() throws Exception {
        FakeNode node = node(Integer.MAX_VALUE, 3); // every third message: 429, every other refusal: 500

        Tally tally = new Load(options(List.of(node.url()), 2, null)).run();

        Map<BenchError, Integer> errors = tally.errorsByKind();
        assertThat(errors.get(BenchError.TURN_429)).isPositive();
        assertThat(errors.get(BenchError.HTTP_5XX)).isPositive();
        assertThat(errors.get(BenchError.OPENING_429)).isZero();
        assertThat(tally.customersRan()).isEqualTo(2);
    }

    @Test
    void customersAreSpreadRoundRobinOverTheNodesAndOpenWithTheAdminToken() throws Exception {
        FakeNode first = node(Integer.MAX_VALUE, 0);
        FakeNode second = node(Integer.MAX_VALUE, 0);

        Tally tally = new Load(options(List.of(first.url(), second.url()), 5, "adm_secret")).run();

        assertThat(first.opened.get()).isEqualTo(3);
        assertThat(second.opened.get()).isEqualTo(2);
        assertThat(first.openedWithAdminToken.get() + second.openedWithAdminToken.get()).isEqualTo(5);
        assertThat(tally.customersRan()).isEqualTo(5);
    }

    @Test
    void optionsReadAListOfUrlsTheWarmUpAndWindows() {
        BenchOptions options = BenchOptions.parse(new String[] {"--url", "http://a:1/, http://b:2", "--warm-up", "0", "--window", "30",
            "--duration", "60"}, Map.of("KEFU_ADMIN_TOKEN", "adm_x")).orElseThrow();

        assertThat(options.urls()).containsExactly("http://a:1", "http://b:2");
        assertThat(options.urlFor(0)).isEqualTo("http://a:1");
        assertThat(options.urlFor(3)).isEqualTo("http://b:2");
        assertThat(options.warmUpSeconds()).isZero();
        assertThat(options.windowSeconds()).isEqualTo(30);
        assertThat(options.adminToken()).isEqualTo("adm_x");
        assertThat(BenchOptions.parse(new String[] {"--help"}, Map.of())).isEmpty();
        assertThat(BenchOptions.USAGE).contains("KEFU_SECURITY_CONVERSATIONSPERMINUTEPERCLIENT", "KEFU_SECURITY_MESSAGEBURSTPERCONVERSATION",
                "--admin-token");
    }

    @Test
    void theSummaryNamesAskedAndRunCustomersEveryErrorKindAndEachWindow() {
        Tally tally = new Tally(0);
        tally.answered(100_000_000L, 5_000_000L);
        tally.answered(1_500_000_000L, 9_000_000L);
        tally.customerRan();
        tally.failed(BenchError.OPENING_429);
        BenchOptions options = new BenchOptions(List.of("http://a"), 3, 2, 0, false, 0, 1, null, false);

        String summary = BenchCommand.summary(options, tally, 0);

        assertThat(summary).contains("\"customersAsked\":3", "\"customersRan\":1", "\"errors\":1", "\"opening429\":1", "\"turn429\":0",
                "\"http5xx\":0", "\"timeout\":0", "\"other\":0", "\"turns\":2");
        assertThat(summary).contains("{\"fromSecond\":0,\"turns\":1,\"turnsPerSecond\":1.00,\"p50Millis\":5.0,\"p99Millis\":5.0}",
                "{\"fromSecond\":1,\"turns\":1,\"turnsPerSecond\":1.00,\"p50Millis\":9.0,\"p99Millis\":9.0}");
    }

    @Test
    void uniqueTagsAreDistinctWordsOfLetters() {
        java.util.Set<String> tags = new java.util.HashSet<>();
        for (int n = 0; n < 20_000; n++) {
            String tag = Load.uniqueTag(n);
            assertThat(tag).matches("k[a-z]+");
            tags.add(tag);
        }

        assertThat(tags).hasSize(20_000);
    }

    @Test
    void percentilesOfSortedLatencies() {
        List<Long> nanos = List.of(1_000_000L, 2_000_000L, 3_000_000L, 4_000_000L);

        assertThat(Tally.percentile(nanos, 50)).isEqualTo(2.0);
        assertThat(Tally.percentile(nanos, 99)).isEqualTo(4.0);
        assertThat(Tally.percentile(List.of(), 99)).isZero();
    }

    /** One second of load, measured from the first request, a few milliseconds of thinking. */
    private static BenchOptions options(List<String> urls, int customers, String adminToken) {
        return new BenchOptions(urls, customers, 1, 5, false, 0, 0, adminToken, false);
    }

    private FakeNode node(int openings, int refuseEvery) throws IOException {
        FakeNode node = new FakeNode(openings, refuseEvery);
        nodes.add(node);
        return node;
    }

    /**
     * Opens {@code openings} conversations, then answers 429 with {@code Retry-After: 1} as a node's
     * limit per address does; refuses every {@code refuseEvery}-th message (0: none), alternately with
     * 429 and 500.
     */
    private static final class FakeNode {

        final HttpServer server;
        final AtomicInteger opened = new AtomicInteger();
        final AtomicInteger openedWithAdminToken = new AtomicInteger();
        final AtomicInteger authorised = new AtomicInteger();
        final AtomicInteger messages = new AtomicInteger();

        FakeNode(int openings, int refuseEvery) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/v1/conversations", exchange -> {
                String path = exchange.getRequestURI().getPath();
                if (path.equals("/api/v1/conversations")) {
                    if (opened.get() >= openings) {
                        exchange.getResponseHeaders().add("Retry-After", "1");
                        reply(exchange, 429, "{\"title\":\"Too many conversations\"}");
                        return;
                    }
                    int n = opened.incrementAndGet();
                    if ("Bearer adm_secret".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                        openedWithAdminToken.incrementAndGet();
                    }
                    reply(exchange, 201, "{\"id\":\"c" + n + "\",\"customerToken\":\"t" + n + "\",\"mode\":\"bot\"}");
                    return;
                }
                String conversation = path.split("/")[4];
                boolean ok = ("Bearer t" + conversation.substring(1)).equals(exchange.getRequestHeaders().getFirst("Authorization"));
                int n = messages.incrementAndGet();
                if (ok && refuseEvery > 0 && n % refuseEvery == 0) {
                    reply(exchange, (n / refuseEvery) % 2 == 0 ? 500 : 429, "{}");
                    return;
                }
                if (ok) {
                    authorised.incrementAndGet();
                }
                reply(exchange, ok ? 200 : 403, "{\"messages\":[]}");
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getRequestBody().readAllBytes();
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
