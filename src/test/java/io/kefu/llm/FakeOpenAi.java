package io.kefu.llm;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server speaking OpenAI's chat-completions protocol with scripted answers: the only
 * test double of the language-model tests. It records every request it is sent.
 */
final class FakeOpenAi implements AutoCloseable {

    static final String MODEL = "fake-model";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private volatile Function<Request, Answer> script = request -> Answer.text("UNKNOWN");

    /** What the model was sent: its system and user messages. */
    record Request(String system, String user, JsonNode body) {
    }

    /** What it answers: an HTTP status, a raw body and how long it takes. */
    record Answer(int status, String body, Duration delay) {

        static Answer text(String content) {
            return text(content, Duration.ZERO);
        }

        static Answer text(String content, Duration delay) {
            String body = JSON.writeValueAsString(java.util.Map.of("id", "chatcmpl-1", "object", "chat.completion", "created", 1_700_000_000,
                    "model", MODEL, "choices", List.of(java.util.Map.of("index", 0, "message", java.util.Map.of("role", "assistant", "content", content),
                            "finish_reason", "stop")),
                    "usage", java.util.Map.of("prompt_tokens", 120, "completion_tokens", 30, "total_tokens", 150)));
            return new Answer(200, body, delay);
        }

        static Answer failure(int status) {
            return new Answer(status, "{\"error\":{\"message\":\"internal error\",\"type\":\"server_error\"}}", Duration.ZERO);
        }

        static Answer raw(String body) {
            return new Answer(200, body, Duration.ZERO);
        }
    }

    /** A fake started for a test class's static field, where a checked exception cannot be thrown. */
    static FakeOpenAi started() {
        try {
            return new FakeOpenAi();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points the service at this fake, with a 1.5 s budget, and gives the test class a database of its own. */
    void register(org.springframework.test.context.DynamicPropertyRegistry registry, String database) {
        registry.add("kefu.llm.base-url", this::baseUrl);
        registry.add("kefu.llm.model", () -> MODEL);
        registry.add("kefu.llm.timeout", () -> "1500ms");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
    }

    FakeOpenAi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    void answer(Function<Request, Answer> script) {
        this.script = script;
    }

    List<Request> requests() {
        return requests.stream().map(FakeOpenAi::read).toList();
    }

    void forget() {
        requests.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            requests.add(body);
            Answer answer = script.apply(read(body));
            Thread.sleep(answer.delay());
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (IOException e) {
            // the client gave up waiting (a timeout test): nothing to answer
        }
    }

    private static Request read(JsonNode body) {
        String system = "";
        String user = "";
        for (JsonNode message : body.get("messages")) {
            String content = message.get("content").isString() ? message.get("content").asString() : message.get("content").toString();
            if ("system".equals(message.get("role").asString())) {
                system += content;
            }
            else if ("user".equals(message.get("role").asString())) {
                user += content;
            }
        }
        return new Request(system, user, body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
