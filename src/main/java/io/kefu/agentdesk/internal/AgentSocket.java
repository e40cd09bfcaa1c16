package io.kefu.agentdesk.internal;

import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

import io.kefu.platform.Caller;
import io.kefu.platform.CallerResolver;

/**
 * {@code /ws/agent?token=…}: an agent's live console feed (see {@link AgentFeed}). Only an agent
 * token opens it (401 without a valid token, 403 for other tokens). Any text the console sends
 * counts as a heartbeat.
 */
class AgentSocket extends TextWebSocketHandler implements HandshakeInterceptor {

    static final String PATH = "/ws/agent";
    private static final String USERNAME = "username";

    private final CallerResolver callers;
    private final AgentFeed feed;
    private final Agents agents;

    AgentSocket(CallerResolver callers, AgentFeed feed, Agents agents) {
        this.callers = callers;
        this.feed = feed;
        this.agents = agents;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) {
        String token = UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams().getFirst("token");
        Caller caller = callers.resolve(token).orElse(null);
        if (caller == null) {
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            return false;
        }
        if (!(caller instanceof Caller.Agent agent)) {
            response.setStatusCode(HttpStatus.FORBIDDEN);
            return false;
        }
        attributes.put(USERNAME, agent.username());
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler, Exception e) {
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        feed.join(username(session), session);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        agents.seen(username(session), OffsetDateTime.now());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        feed.leave(username(session), session);
    }

    private static String username(WebSocketSession session) {
        return (String) session.getAttributes().get(USERNAME);
    }

    @Configuration
    @EnableWebSocket
    static class Registration implements WebSocketConfigurer {

        private final CallerResolver callers;
        private final AgentFeed feed;
        private final Agents agents;

        Registration(CallerResolver callers, AgentFeed feed, Agents agents) {
            this.callers = callers;
            this.feed = feed;
            this.agents = agents;
        }

        @Override
        public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
            AgentSocket socket = new AgentSocket(callers, feed, agents);
            registry.addHandler(socket, PATH).addInterceptors(socket).setAllowedOriginPatterns("*");
        }
    }
}
