package io.kefu.conversation.web;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

import io.kefu.conversation.ConversationEvents;
import io.kefu.platform.AfterCommitWork;
import io.kefu.platform.Fanout;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes new messages and state changes to the WebSocket clients of each conversation once they
 * are committed: {@code {"type":"message","message":{…}}} and {@code {"type":"state","state":{…}}}.
 * Frames travel through the {@link Fanout}, so with several nodes a client connected to any
 * node sees what happened on every node. Internal notes travel under a staff-only key and reach
 * only agents' and the admin's sessions, never the customer's. An agent's session is asked before
 * each frame whether the conversation is still theirs, and closed once it is not.
 */
@Component
class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    private static final TextMessage READY = new TextMessage("{\"type\":\"ready\"}");
    private static final int SEND_TIME_LIMIT_MILLIS = 5_000;
    private static final int BUFFER_LIMIT_BYTES = 512 * 1024;
    private static final String STAFF_ONLY = "staff:";

    private final Map<String, Set<Joined>> sessions = new ConcurrentHashMap<>();
    private final JsonMapper json;
    private static final String TOPIC = "kefu:live";

    private final Fanout channel;

    LiveUpdates(JsonMapper json, Fanout channel) {
        this.json = json;
        this.channel = channel;
        channel.subscribe(TOPIC, this::deliver);
    }

    /** {@code stillAllowed} is asked before each frame; once it says no, the session is closed. */
    /**
     * Adds the client's session, then tells it {@code {"type":"ready"}}: every frame from then on
     * reaches it (a client that acts before it may miss what happens meanwhile, and catches up over REST).
     */
    void join(String conversationId, WebSocketSession session, boolean staff, BooleanSupplier stillAllowed) {
        WebSocketSession joined = new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MILLIS, BUFFER_LIMIT_BYTES);
        sessions.computeIfAbsent(conversationId, id -> ConcurrentHashMap.newKeySet()).add(new Joined(joined, staff, stillAllowed));
        try {
            joined.sendMessage(READY);
        }
        catch (IOException | RuntimeException e) {
            log.debug("The client of session {} left before it was ready: {}", session.getId(), e.toString());
        }
    }

    void leave(String conversationId, WebSocketSession session) {
        sessions.computeIfPresent(conversationId, (id, joined) -> {
            joined.removeIf(s -> s.session().getId().equals(session.getId()));
            return joined.isEmpty() ? null : joined;
        });
    }

    @EventListener
    void on(ConversationEvents.MessagesAppended event) {
        AfterCommitWork.atCommit(() -> event.messages().forEach(message -> push((message.internal() ? STAFF_ONLY : "") + event.conversationId(),
                Map.of("type", "message", "message", message))));
    }

    @EventListener
    void on(ConversationEvents.ModeChanged event) {
        AfterCommitWork.atCommit(() -> push(event.conversationId(), Map.of("type", "state", "state", event.state())));
    }

    @EventListener
    void on(ConversationEvents.StateChanged event) {
        AfterCommitWork.atCommit(() -> push(event.conversationId(), Map.of("type", "state", "state", event.state())));
    }

    private void push(String key, Map<String, Object> payload) {
        channel.publish(TOPIC, key, json.writeValueAsString(payload));
    }

    /** Sends a frame to the clients of the conversation connected to this node. */
    void deliver(String key, String payload) {
        boolean staffOnly = key.startsWith(STAFF_ONLY);
        Set<Joined> joined = sessions.get(staffOnly ? key.substring(STAFF_ONLY.length()) : key);
        if (joined == null) {
            return;
        }
        TextMessage frame = new TextMessage(payload);
        for (Joined client : joined) {
            if (staffOnly && !client.staff()) {
                continue;
            }
            WebSocketSession session = client.session();
            try {
                if (!client.stillAllowed().getAsBoolean()) {
                    session.close(CloseStatus.POLICY_VIOLATION.withReason("no longer yours"));
                }
                else if (session.isOpen()) {
                    session.sendMessage(frame);
                }
            }
            catch (IOException | RuntimeException e) {
                // A slow or broken client must not hold up the others; it catches up by polling.
                log.debug("Dropping a live update for session {}: {}", session.getId(), e.toString());
            }
        }
    }

    private record Joined(WebSocketSession session, boolean staff, BooleanSupplier stillAllowed) {
    }
}
