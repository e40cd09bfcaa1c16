package io.kefu.channel;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for WeChat's and WeCom's API hosts and a merchant's webhook
 * endpoint: it answers each path as the platform would (handlers set by the test), can be told to
 * fail the next calls of a path with a status, and records every request for the test to inspect.
 */
final class FakePlatform implements AutoCloseable {

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Request, String>> answers = new ConcurrentHashMap<>();
    private final Map<String, Deque<Integer>> failures = new ConcurrentHashMap<>();

    FakePlatform() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers POSTs and GETs of {@code path} with the JSON {@code answer} makes of the request. */
    FakePlatform answer(String path, Function<Request, String> answer) {
        answers.put(path, answer);
        return this;
    }

    /** The next calls of {@code path} fail with these statuses, one each, before it answers again. */
    void failNext(String path, Integer... statuses) {
        failures.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(statuses));
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** The requests to {@code path} that match, once there are at least {@code count}; fails after 20 s. */
    List<Request> await(String path, Predicate<Request> wanted, int count) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            List<Request> matching = requests(path).stream().filter(wanted).toList();
            if (matching.size() >= count || System.nanoTime() > end) {
                if (matching.size() < count) {
                    throw new AssertionError("Only " + matching.size() + " of " + count + " requests to " + path + " came: " + requests(path));
                }
                return matching;
            }
            Thread.sleep(50);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        Deque<Integer> failing = failures.get(path);
        Integer failure = failing == null ? null : failing.poll();
        Function<Request, String> answer = answers.get(path);
        int status = failure != null ? failure : answer == null ? 404 : 200;
        Request request = new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), body,
                exchange.getRequestHeaders().getFirst("X-Kefu-Timestamp"), exchange.getRequestHeaders().getFirst("X-Kefu-Signature"), status);
        byte[] bytes = (status == 200 ? answer.apply(request) : "{\"error\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        requests.add(request);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A request as it came, with the status it was answered with. */
    record Request(String method, String path, String query, String body, String timestamp, String signature, int status) {

        String param(String name) {
            for (String pair : (query == null ? "" : query).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).equals(name)) {
                    return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
            return null;
        }
    }
}
