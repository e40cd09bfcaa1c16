package io.kefu.platform.internal.loadtest;

import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An agent whose console is served by one node (its own base URL, not the load balancer): logs in,
 * goes online, keeps its console socket open and sends a heartbeat over it every two seconds, and
 * writes to each customer it holds. When its node dies the console is gone with it: the agent
 * sends nothing more, as a person whose desk went dark, and the desk must give their customers to
 * someone else once the heartbeat timeout passes.
 */
final class SimulatedAgent {

    private static final String PASSWORD = "sale-day-agent-1";

    private final Api node;
    private final String username;
    private final AtomicBoolean present = new AtomicBoolean(true);
    private final Set<String> held = new LinkedHashSet<>();
    private String token;
    private WebSocket console;
    private int written;

    SimulatedAgent(Api node, String username) {
        this.node = node;
        this.username = username;
    }

    static Map<String, Object> account(String username) {
        return Map.of("username", username, "password", PASSWORD, "displayName", username, "role", "AGENT",
                "skills", java.util.List.of(), "languages", java.util.List.of("zh", "en"), "maxConcurrent", 100);
    }

    void signIn() throws Exception {
        Api.Reply login = node.post("/api/v1/auth/login", null, Map.of("username", username, "password", PASSWORD));
        if (login.status() != 200) {
            throw new IllegalStateException(username + " cannot log in: HTTP " + login.status());
        }
        token = login.json().get("token").asString();
        URI uri = URI.create(node.base().replaceFirst("^http", "ws") + "/ws/agent?token=" + token);
        console = Api.HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5)).buildAsync(uri, new WebSocket.Listener() {

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                leave(error);
            }

            @Override
            public java.util.concurrent.CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                leave(new IllegalStateException("console socket closed: " + statusCode + " " + reason));
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        if (node.post("/api/v1/agent/status", token, Map.of("status", "ONLINE")).status() != 204) {
            throw new IllegalStateException(username + " cannot go online");
        }
    }

    /** The console's heartbeat, on its own thread so slow replies never delay it; stops when the node is gone. */
    void keepAlive(java.util.function.BooleanSupplier goOn) {
        while (present.get() && goOn.getAsBoolean()) {
            try {
                console.sendText("ping", true).get(5, TimeUnit.SECONDS);
                Thread.sleep(2000);
            }
            catch (InterruptedException e) {
                return;
            }
            catch (Exception e) {
                leave(e);
            }
        }
    }

    /** One round of the console: read the assigned conversations, write to each. */
    void work() {
        if (!present.get()) {
            return;
        }
        try {
            Api.Reply mine = node.get("/api/v1/agent/conversations", token);
            if (!mine.ok()) {
                throw new IllegalStateException("HTTP " + mine.status());
            }
            Set<String> now = new LinkedHashSet<>();
            mine.json().forEach(row -> now.add(row.get("conversationId").asString()));
            synchronized (this) {
                held.clear();
                held.addAll(now);
            }
            for (String conversationId : now) {
                if (node.post("/api/v1/agent/conversations/" + conversationId + "/messages", token,
                        Map.of("text", "您好，我是客服 " + username + "，正在为您处理。")).status() == 201) {
                    synchronized (this) {
                        written++;
                    }
                }
            }
        }
        catch (java.net.ConnectException e) {
            leave(e);
        }
        catch (Exception e) {
            // a slow or refused request: the console tries again next round
        }
    }

    /** The node is gone: so is this console, and the person at it does not come back. */
    private void leave(Throwable cause) {
        if (present.getAndSet(false)) {
            System.err.println("agent " + username + " lost its node: " + cause);
        }
    }

    /** Takes the agent offline at the end of a run so the queue does not route to a ghost. */
    void signOut() {
        if (present.getAndSet(false)) {
            try {
                node.post("/api/v1/agent/status", token, Map.of("status", "OFFLINE"));
                console.abort();
            }
            catch (Exception e) {
                // the run is over either way
            }
        }
    }

    boolean present() {
        return present.get();
    }

    String username() {
        return username;
    }

    synchronized Set<String> held() {
        return Set.copyOf(held);
    }

    synchronized int written() {
        return written;
    }
}
