package io.kefu.agentdesk.internal;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

import io.kefu.platform.Fanout;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live frames to agents' consoles ({@code /ws/agent}): {@code queue} (a new waiting customer, to
 * the agents who serve its queue and the supervisors), {@code dequeued} (to every agent), {@code assigned} / {@code unassigned} / {@code closed} (to the agent concerned) and
 * {@code message} (a new customer message of one of the agent's conversations). Frames travel
 * through the {@link Fanout}, so an agent connected to any node gets them.
 */
@Component
class AgentFeed {

    private static final Logger log = LoggerFactory.getLogger(AgentFeed.class);

    private final Map<String, Set<WebSocketSession>> sessions = new ConcurrentHashMap<>();
    private static final String TOPIC = "kefu:agentdesk";
    /** The key of frames for every agent rather than one. */
    static final String EVERYONE = "*";

    private final Fanout channel;
    private final JsonMapper json;

    private static final TextMessage READY = new TextMessage("{\"type\":\"ready\"}");

    AgentFeed(Fanout channel, JsonMapper json) {
        this.channel = channel;
        this.json = json;
        channel.subscribe(TOPIC, this::deliver);
    }

    /**
     * Adds the console's session, then tells it {@code {"type":"ready"}}: frames are delivered from
     * then on. A console that acts only after it (or that catches up through the REST API) misses
     * nothing that happened while its socket was still being set up.
     */
    void join(String username, WebSocketSession session) {
        WebSocketSession joined = new ConcurrentWebSocketSessionDecorator(session, 5_000, 512 * 1024);
        sessions.computeIfAbsent(username, name -> ConcurrentHashMap.newKeySet()).add(joined);
        send(Set.of(joined), READY);
    }

    void leave(String username, WebSocketSession session) {
        sessions.computeIfPresent(username, (name, joined) -> {
            joined.removeIf(s -> s.getId().equals(session.getId()));
            return joined.isEmpty() ? null : joined;
        });
    }

    void toAgent(String username, Map<String, Object> frame) {
        if (username != null) {
            channel.publish(TOPIC, username, json.writeValueAsString(frame));
        }
    }

    void toEveryone(Map<String, Object> frame) {
        channel.publish(TOPIC, EVERYONE, json.writeValueAsString(frame));
    }

    private void deliver(String target, String payload) {
        TextMessage frame = new TextMessage(payload);
        if (EVERYONE.equals(target)) {
            sessions.values().forEach(joined -> send(joined, frame));
        }
        else {
            Set<WebSocketSession> joined = sessions.get(target);
            if (joined != null) {
                send(joined, frame);
            }
        }
    }

    private static void send(Set<WebSocketSession> joined, TextMessage frame) {
        for (WebSocketSession session : joined) {
            try {
                if (session.isOpen()) {
                    session.sendMessage(frame);
                }
            }
            catch (IOException | RuntimeException e) {
                // A slow console must not hold up the others; it catches up through the REST API.
                log.debug("Dropping an agent frame for session {}: {}", session.getId(), e.toString());
            }
        }
    }
}
