package io.kefu.platform.internal.loadtest;

import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import tools.jackson.databind.JsonNode;

/**
 * One shopper as the widget behaves: opens a conversation, keeps its live socket open (reconnecting
 * through the load balancer whenever it drops and catching up over REST from the last message it
 * has after each reconnection and after a failed turn, as the widget does), and sends turns. It
 * remembers every turn the server acknowledged and every message id it got, and how often the
 * socket pushed each one, so that the transcript stored in the database can be held against what
 * it was told.
 */
final class SimulatedCustomer {

    private static final AtomicInteger TAGS = new AtomicInteger();
    private static final List<String> TEXTS = List.of("我的订单什么时候发货", "可以七天无理由退货吗", "现在有什么优惠活动",
            "运费怎么算", "发票怎么开", "Where is my order", "Can I return this item", "Do you have any discounts");
    private static final int PAGE = 200;

    private final Api api;
    private final Tally failures;
    private final Random random;
    private final boolean wantsAgent;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean reconnecting = new AtomicBoolean();
    private final Map<String, Integer> pushed = new HashMap<>();
    private final Set<String> received = new LinkedHashSet<>();
    private final List<Turn> acknowledged = new ArrayList<>();
    private String id;
    private String token;
    private String lastId;
    private int connections;
    private volatile WebSocket socket;

    SimulatedCustomer(Api api, Tally failures, long seed, boolean wantsAgent) {
        this.api = api;
        this.failures = failures;
        this.random = new Random(seed);
        this.wantsAgent = wantsAgent;
    }

    /** Opens the conversation (retrying while the service refuses) and its socket; false if it never opened. */
    boolean open(BooleanSupplier goOn) throws InterruptedException {
        while (goOn.getAsBoolean()) {
            try {
                Api.Reply reply = api.post("/api/v1/conversations", null, Map.of("language", random.nextInt(3) == 0 ? "en" : "zh",
                        "channel", "web"));
                if (reply.status() == 201) {
                    JsonNode conversation = reply.json();
                    id = conversation.get("id").asString();
                    token = conversation.get("customerToken").asString();
                    connect();
                    return true;
                }
                failures.add("open: HTTP " + reply.status());
            }
            catch (Exception e) {
                failures.add("open: " + e.getClass().getSimpleName());
            }
            Thread.sleep(250);
        }
        return false;
    }

    /** Sends turns until {@code goOn} says stop, {@code thinkMillis} apart. */
    void talk(BooleanSupplier goOn, int thinkMillis) throws InterruptedException {
        boolean first = true;
        boolean lastFailed = false;
        while (goOn.getAsBoolean()) {
            String tag = "#" + Integer.toString(TAGS.incrementAndGet(), 36);
            String text = (first && wantsAgent ? "我要转人工" : TEXTS.get(random.nextInt(TEXTS.size()))) + " " + tag;
            boolean answered = false;
            try {
                Api.Reply reply = api.post("/api/v1/conversations/" + id + "/messages", token, Map.of("text", text));
                if (reply.status() == 200) {
                    List<String> replies = new ArrayList<>();
                    reply.json().path("messages").forEach(message -> replies.add(message.get("id").asString()));
                    String from;
                    synchronized (this) {
                        acknowledged.add(new Turn(tag, replies));
                        from = lastId;
                    }
                    first = false;
                    answered = true;
                    if (lastFailed) {
                        catchUpAfterFailedTurn(from);
                    }
                }
                else {
                    failures.add("turn: HTTP " + reply.status());
                }
            }
            catch (Exception e) {
                failures.add("turn: " + e.getClass().getSimpleName());
            }
            lastFailed = !answered;
            Thread.sleep(thinkMillis);
        }
    }

    String conversationId() {
        return id;
    }

    boolean wantsAgent() {
        return wantsAgent;
    }

    void close() {
        running.set(false);
        WebSocket open = socket;
        if (open != null) {
            open.abort();
        }
    }

    /** Holds what it was told against the stored transcript (read with the admin token). */
    Check check(Api admin, String adminToken) throws Exception {
        List<JsonNode> stored = new ArrayList<>();
        for (String after = null; ; ) {
            JsonNode page = admin.get("/api/v1/conversations/" + id + "/messages?limit=" + PAGE + (after == null ? "" : "&after=" + after),
                    adminToken).json();
            page.forEach(stored::add);
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).get("id").asString();
        }
        Set<String> storedIds = new LinkedHashSet<>();
        for (JsonNode message : stored) {
            if (message.path("internal").asBoolean(false)) {
                continue;
            }
            storedIds.add(message.get("id").asString());
        }
        synchronized (this) {
            int stored1 = 0;
            Set<String> seen = new LinkedHashSet<>(received); // what the customer's view holds: socket and catch-up ...
            for (Turn turn : acknowledged) {
                boolean textStored = false;
                for (JsonNode message : stored) {
                    if ("customer".equals(message.path("role").asString()) && message.path("text").asString().endsWith(" " + turn.tag())) {
                        textStored = true;
                        seen.add(message.get("id").asString()); // ... its own acknowledged messages ...
                    }
                }
                if (textStored && storedIds.containsAll(turn.replies())) {
                    stored1++;
                }
                seen.addAll(turn.replies()); // ... and the replies that came with them
            }
            int gaps = (int) storedIds.stream().filter(messageId -> !seen.contains(messageId)).count();
            int socketMisses = (int) storedIds.stream().filter(messageId -> !received.contains(messageId)).count();
            int duplicates = pushed.values().stream().mapToInt(count -> count - 1).sum();
            int caughtUp = (int) received.stream().filter(messageId -> !pushed.containsKey(messageId)).count();
            return new Check(acknowledged.size(), stored1, Math.max(0, connections - 1), gaps, duplicates, caughtUp, socketMisses);
        }
    }

    private void connect() {
        while (running.get()) {
            try {
                String from; // as the widget: catch up from what it had when the socket opened
                synchronized (this) {
                    from = lastId;
                }
                URI uri = URI.create(api.base().replaceFirst("^http", "ws") + "/ws/conversations/" + id + "?token=" + token);
                WebSocket previous = socket;
                if (previous != null) {
                    previous.abort(); // one live socket at a time, as the widget keeps
                }
                socket = Api.HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5)).buildAsync(uri, new Listener())
                        .get(10, TimeUnit.SECONDS);
                synchronized (this) {
                    connections++;
                }
                catchUp(from);
                return;
            }
            catch (Exception e) {
                failures.add("socket: " + e.getClass().getSimpleName());
                sleep(300);
            }
        }
    }

    /**
     * After a send failed, the widget reads what it missed once the next one is answered: the
     * failed turn may have been stored, and its node may have died before pushing it. Only then, so
     * that everything else must reach the shopper over the socket.
     */
    private void catchUpAfterFailedTurn(String from) {
        try {
            catchUp(from);
        }
        catch (Exception e) {
            failures.add("catch-up: " + e.getClass().getSimpleName());
        }
    }

    /** What the widget does after each (re)connection: read every message after the last one it has. */
    private void catchUp(String from) throws Exception {
        for (String after = from; running.get(); ) {
            Api.Reply reply = api.get("/api/v1/conversations/" + id + "/messages?limit=" + PAGE + (after == null ? "" : "&after=" + after), token);
            if (!reply.ok()) {
                throw new IllegalStateException("catching up: HTTP " + reply.status());
            }
            JsonNode page = reply.json();
            page.forEach(message -> got(message, false));
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).get("id").asString();
        }
    }

    private synchronized void got(JsonNode message, boolean overSocket) {
        String messageId = message.path("id").asString();
        if (messageId.isEmpty() || message.path("internal").asBoolean(false)) {
            return;
        }
        if (overSocket) {
            pushed.merge(messageId, 1, Integer::sum);
        }
        if (received.add(messageId)) {
            lastId = messageId;
        }
    }

    /** Reconnects when the current socket drops; the late close of a socket already replaced is ignored. */
    private void dropped(WebSocket which) {
        if (which == socket && running.get() && reconnecting.compareAndSet(false, true)) {
            Thread.ofVirtual().start(() -> {
                try {
                    sleep(200);
                    connect();
                }
                finally {
                    reconnecting.set(false);
                }
            });
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder frame = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            frame.append(data);
            if (last) {
                JsonNode parsed = Api.JSON.readTree(frame.toString());
                frame.setLength(0);
                if ("message".equals(parsed.path("type").asString())) {
                    got(parsed.get("message"), true);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            dropped(webSocket);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            dropped(webSocket);
        }
    }

    record Turn(String tag, List<String> replies) {
    }

    /**
     * One customer's counts: turns acknowledged and found stored, reconnections, messages their view
     * never got (gaps) or the socket pushed twice, and messages neither pushed nor caught up (they
     * still saw those that came back in a turn's reply).
     */
    record Check(int acknowledged, int stored, int reconnects, int gaps, int duplicates, int caughtUp, int socketMisses) {
    }
}
