package io.kefu;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for tests that talk to the started service the way real clients do.
 */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String forwardedFor;

    public ApiClient(int port) {
        this("http://localhost:" + port, null);
    }

    private ApiClient(String base, String forwardedFor) {
        this.base = base;
        this.forwardedFor = forwardedFor;
    }

    /** This client behind a load balancer: every request says it was forwarded for {@code address}. */
    public ApiClient forwardedFor(String address) {
        return new ApiClient(base, address);
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE().build());
    }

    public Response post(String path, String token, Object body) {
        return send(request(path, token).POST(publisher(body)).header("Content-Type", "application/json").build());
    }

    public Response put(String path, String token, Object body) {
        return send(request(path, token).PUT(publisher(body)).header("Content-Type", "application/json").build());
    }

    /**
     * Opens a conversation as the signed-in shopper {@code customerId} (anonymously when it is null),
     * with the {@code customerHash} a merchant's server computes: hex HMAC-SHA256 of the id with the
     * identity secret the test service runs with. {@code fields} adds language, channel and the like.
     */
    public Response openAs(String customerId, Map<String, ?> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        if (customerId != null) {
            body.put("customerId", customerId);
            body.put("customerHash", customerHash(customerId));
        }
        return post("/api/v1/conversations", null, body);
    }

    /** The signature a merchant's server puts beside a shopper's id, written here from the contract (API §2). */
    public static String customerHash(String customerId) {
        return hmacSha256Hex(ServiceTest.IDENTITY_SECRET, customerId);
    }

    /** Lowercase hex HMAC-SHA256 of {@code message} with {@code key}. */
    public static String hmacSha256Hex(String key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A raw body, sent as is: for malformed JSON and oversize bodies. */
    public Response postRaw(String path, String token, String body) {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build());
    }

    /**
     * A body of {@code size} bytes of JSON (one long text) sent chunked, without a Content-Length, as
     * a client streaming a body of unknown size does. On a plain socket that reads the answer while
     * it still sends: a server refuses such a body midway and closes the connection, and a client
     * that read only after sending would lose the answer to the reset.
     */
    public Response postChunked(String path, String token, long size) {
        URI uri = URI.create(base);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            java.util.concurrent.CompletableFuture<byte[]> answer = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
                try {
                    socket.getInputStream().transferTo(read);
                }
                catch (IOException reset) {
                    // what arrived before the connection went away is the answer
                }
                return read.toByteArray();
            });
            try {
                java.io.OutputStream out = socket.getOutputStream();
                out.write(("POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nContent-Type: application/json\r\n"
                        + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = new byte[64 * 1024];
                try (java.io.InputStream body = new LongTextJson(size)) {
                    for (int n; (n = body.readNBytes(chunk, 0, chunk.length)) > 0;) {
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk, 0, n);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                socket.shutdownOutput();
            }
            catch (IOException refusedMidway) {
                // the server answered and closed before the body was through
            }
            return parse(answer.get(30, TimeUnit.SECONDS));
        }
        catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP/1.1 answer as read off a socket: status line, headers and the body, its chunks joined. */
    private static Response parse(byte[] bytes) {
        String all = new String(bytes, StandardCharsets.UTF_8);
        int headEnd = all.indexOf("\r\n\r\n");
        String[] head = all.substring(0, headEnd).split("\r\n");
        Map<String, java.util.List<String>> headers = new HashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.put(head[i].substring(0, colon).trim(), java.util.List.of(head[i].substring(colon + 1).trim()));
        }
        java.net.http.HttpHeaders parsed = java.net.http.HttpHeaders.of(headers, (name, value) -> true);
        String body = all.substring(headEnd + 4);
        if (parsed.firstValue("Transfer-Encoding").filter("chunked"::equalsIgnoreCase).isPresent()) {
            StringBuilder joined = new StringBuilder();
            for (int at = 0, length; ; at += length + 2) {
                int lineEnd = body.indexOf("\r\n", at);
                length = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
                if (length == 0) {
                    break;
                }
                joined.append(body, lineEnd + 2, lineEnd + 2 + length);
                at = lineEnd + 2;
            }
            body = joined.toString();
        }
        return new Response(Integer.parseInt(head[0].split(" ")[1]), body, parsed);
    }

    public Response putRaw(String path, String token, String body) {
        return send(request(path, token).PUT(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build());
    }

    /** Uploads one file as {@code multipart/form-data} field {@code file}. */
    public Response upload(String path, String token, String fileName, byte[] content) {
        String boundary = "kefu" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request(path, token).POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary).build());
    }

    /** The body of a GET as bytes (a file); fails unless the status is 200. */
    public byte[] download(String path, String token) {
        HttpResponse<byte[]> response = exchange(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /**
     * Opens the live feed of a conversation once the service says it is set up ({@code ready});
     * frames arrive as JSON in {@link LiveFeed#next}.
     */
    public LiveFeed live(String conversationId, String token) {
        return liveAt("/ws/conversations/" + conversationId + "?token=" + token);
    }

    /** The status a WebSocket handshake gets: 101 when the feed opens (it is closed again at once), else the refusal's. */
    public int handshake(String pathAndQuery) {
        try {
            liveAt(pathAndQuery).close();
            return 101;
        }
        catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof java.net.http.WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    /** Opens any live feed of the service, e.g. {@code /ws/agent?token=…}, once the service says it is set up ({@code ready}). */
    public LiveFeed liveAt(String pathAndQuery) {
        LiveFeed feed = new LiveFeed();
        feed.socket = http.newWebSocketBuilder().buildAsync(URI.create(base.replace("http", "ws") + pathAndQuery), feed).join();
        try {
            if (feed.next("ready") == null) {
                throw new IllegalStateException("The feed " + pathAndQuery + " never said it was ready");
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return feed;
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher publisher(Object body) {
        return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body));
    }

    private Response send(HttpRequest request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), response.headers());
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code {"text":"xxx…"}} of the given size, made up as it is read. */
    private static final class LongTextJson extends java.io.InputStream {

        private static final byte[] HEAD = "{\"text\":\"".getBytes(StandardCharsets.UTF_8);
        private static final byte[] TAIL = "\"}".getBytes(StandardCharsets.UTF_8);

        private final long size;
        private long position;

        LongTextJson(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            long at = position++;
            return at < HEAD.length ? HEAD[(int) at] : at >= size - TAIL.length ? TAIL[(int) (at - (size - TAIL.length))] : 'x';
        }
    }

    public record Response(int status, String text, java.net.http.HttpHeaders headers) {

        public JsonNode json() {
            return JSON.readTree(text);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** The frames of a live conversation feed. */
    public static final class LiveFeed implements WebSocket.Listener {

        private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private final java.util.concurrent.CompletableFuture<Integer> closed = new java.util.concurrent.CompletableFuture<>();
        private WebSocket socket;

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        /** The close code the server ended the feed with, or null when it is still open after 10 seconds. */
        public Integer closedByServer() throws InterruptedException {
            try {
                return closed.get(10, TimeUnit.SECONDS);
            }
            catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                return null;
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(JSON.readTree(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        /** The next frame, or null after 10 seconds without one. */
        public JsonNode next() throws InterruptedException {
            return frames.poll(10, TimeUnit.SECONDS);
        }

        /** The next frame of the given type, skipping others; null when none comes in 10 seconds. */
        public JsonNode next(String type) throws InterruptedException {
            for (JsonNode frame = next(); frame != null; frame = next()) {
                if (type.equals(frame.path("type").asString())) {
                    return frame;
                }
            }
            return null;
        }

        /** The next frame that matches, skipping others; null when none comes in 10 seconds of quiet. */
        public JsonNode next(java.util.function.Predicate<JsonNode> wanted) throws InterruptedException {
            for (JsonNode frame = next(); frame != null; frame = next()) {
                if (wanted.test(frame)) {
                    return frame;
                }
            }
            return null;
        }

        /** Frames received so far and not taken yet. */
        public java.util.List<JsonNode> drain() {
            java.util.List<JsonNode> drained = new java.util.ArrayList<>();
            frames.drainTo(drained);
            return drained;
        }

        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
    }
}
