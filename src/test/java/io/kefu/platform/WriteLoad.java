package io.kefu.platform;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.kefu.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * Writes from several clients at once — opening conversations (anonymous visitors), sending
 * messages, upserting products with the admin token — and remembers every write the service
 * acknowledged ({@code 201}/{@code 200} received in full). Anything else (a refused or unanswered
 * request) was never promised and is not remembered. {@link #missingAfterRestart} then asks the
 * restarted service for each acknowledged write.
 */
final class WriteLoad {

    private static final String[] QUESTIONS = { "运费怎么算", "支持七天无理由退货吗", "发票怎么开", "有什么优惠活动", "what payment methods do you accept" };

    private final ApiClient api;
    private final String admin;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<Thread> clients = new ArrayList<>();
    private final Queue<Conversation> conversations = new ConcurrentLinkedQueue<>();
    private final Queue<Said> messages = new ConcurrentLinkedQueue<>();
    private final Queue<String> products = new ConcurrentLinkedQueue<>();

    WriteLoad(ApiClient api, String admin) {
        this.api = api;
        this.admin = admin;
    }

    /**
     * Waits until the service answers a customer turn: models still loading in the background make
     * the first turns wait, and the load should measure writes, not that wait.
     */
    WriteLoad warmUp(java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                ApiClient.Response opened = api.post("/api/v1/conversations", null, Map.of("language", "zh"));
                String path = "/api/v1/conversations/" + opened.json().get("id").asString() + "/messages";
                if (api.post(path, opened.json().get("customerToken").asString(), Map.of("text", "你好")).status() == 200) {
                    return this;
                }
            }
            catch (RuntimeException stillStarting) {
                pause();
            }
        }
        throw new IllegalStateException("The service answered no customer turn within " + timeout);
    }

    /**
     * Starts the clients; they write until {@link #stop} (requests to a dead service simply fail).
     * Customers open conversations and talk; merchants' systems upsert products, many per second.
     */
    WriteLoad start(int customers, int merchantSystems) {
        for (int i = 0; i < customers; i++) {
            clients.add(Thread.ofPlatform().name("customer-" + i).start(() -> untilStopped(this::converse)));
        }
        for (int i = 0; i < merchantSystems; i++) {
            clients.add(Thread.ofPlatform().name("merchant-" + i).start(() -> untilStopped(this::upsertProduct)));
        }
        return this;
    }

    /**
     * Lets the load run at least {@code least}, then until {@code messages} customer messages were
     * answered or {@code most} has passed (a service still training its models answers slowly).
     */
    void runFor(java.time.Duration least, int messages, java.time.Duration most) throws InterruptedException {
        long start = System.nanoTime();
        Thread.sleep(least.toMillis());
        while (this.messages.size() < messages && System.nanoTime() - start < most.toNanos()) {
            Thread.sleep(50);
        }
    }

    void stop() throws InterruptedException {
        running.set(false);
        for (Thread client : clients) {
            client.join();
        }
    }

    Counts acknowledged() {
        return new Counts(conversations.size(), messages.size(), products.size());
    }

    /** Asks the (restarted) service for every acknowledged write; returns what it no longer knows. */
    Counts missingAfterRestart(ApiClient restarted) {
        int lostConversations = 0;
        int lostMessages = 0;
        Map<String, List<Said>> byConversation = new java.util.HashMap<>();
        messages.forEach(said -> byConversation.computeIfAbsent(said.conversation().id(), id -> new ArrayList<>()).add(said));
        for (Conversation conversation : conversations) {
            ApiClient.Response view = restarted.get("/api/v1/conversations/" + conversation.id(), conversation.token());
            if (view.status() != 200) {
                lostConversations++;
                lostMessages += byConversation.getOrDefault(conversation.id(), List.of()).size();
                continue;
            }
            Set<String> stored = new HashSet<>();
            view.json().get("messages").forEach(message -> {
                stored.add(message.get("id").asString());
                stored.add(message.get("role").asString() + ":" + message.get("text").asString());
            });
            for (Said said : byConversation.getOrDefault(conversation.id(), List.of())) {
                boolean complete = stored.contains("customer:" + said.text()) && stored.containsAll(said.replyIds());
                lostMessages += complete ? 0 : 1;
            }
        }
        Set<String> skus = new HashSet<>();
        for (int page = 0;; page++) {
            JsonNode listed = restarted.get("/api/v1/catalog/products?size=500&page=" + page, admin).json();
            listed.forEach(product -> skus.add(product.get("sku").asString()));
            if (listed.size() < 500) {
                break;
            }
        }
        int lostProducts = (int) products.stream().filter(sku -> !skus.contains(sku)).count();
        return new Counts(lostConversations, lostMessages, lostProducts);
    }

    private void untilStopped(Runnable write) {
        while (running.get()) {
            try {
                write.run();
            }
            catch (RuntimeException refusedOrDead) {
                // not acknowledged, so not remembered; a killed service answers nothing until restarted
                pause();
            }
        }
    }

    private void converse() {
        Conversation conversation = open();
        for (int i = 0; i < 3 && conversation != null && running.get(); i++) {
            say(conversation);
        }
    }

    private Conversation open() {
        ApiClient.Response response = api.post("/api/v1/conversations", null, Map.of("language", "zh"));
        if (response.status() != 201) {
            return null;
        }
        JsonNode body = response.json();
        Conversation conversation = new Conversation(body.get("id").asString(), body.get("customerToken").asString());
        conversations.add(conversation);
        return conversation;
    }

    private void say(Conversation conversation) {
        int n = sequence.incrementAndGet();
        String text = QUESTIONS[n % QUESTIONS.length] + " q" + n;
        ApiClient.Response response = api.post("/api/v1/conversations/" + conversation.id() + "/messages", conversation.token(),
                Map.of("text", text));
        if (response.status() == 200) {
            List<String> replyIds = new ArrayList<>();
            response.json().get("messages").forEach(message -> replyIds.add(message.get("id").asString()));
            messages.add(new Said(conversation, text, replyIds));
        }
    }

    private void upsertProduct() {
        String sku = "CRASH-" + sequence.incrementAndGet();
        Map<String, Object> product = Map.of("sku", sku, "name", "耐摔保温杯 " + sku, "category", "杯具", "brand", "Kefu",
                "price", new BigDecimal("59.00"), "stock", 10);
        if (api.put("/api/v1/catalog/products", admin, List.of(product)).status() == 200) {
            products.add(sku);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Conversation(String id, String token) {
    }

    /** A customer message the service answered, with the ids of the replies it returned. */
    record Said(Conversation conversation, String text, List<String> replyIds) {
    }

    record Counts(int conversations, int messages, int products) {
    }
}
