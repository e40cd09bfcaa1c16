package io.kefu.conversation.web;

import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

import io.kefu.platform.Caller;
import io.kefu.platform.CallerResolver;

/**
 * {@code /ws/conversations/{id}?token=…}: a live feed of one conversation. The token (customer,
 * agent or admin) must open that conversation by the same rule as reading it over REST
 * ({@link ConversationAccess}), else the handshake is refused with 401/403.
 */
class ConversationSocket extends TextWebSocketHandler implements HandshakeInterceptor {

    static final String PATH = "/ws/conversations/*";
    private static final Pattern ID = Pattern.compile("/ws/conversations/([^/?]+)");
    private static final String CONVERSATION = "conversationId";
    private static final String CALLER = "caller";

    private final CallerResolver callers;
    private final ConversationAccess access;
    private final LiveUpdates live;

    ConversationSocket(CallerResolver callers, ConversationAccess access, LiveUpdates live) {
        this.callers = callers;
        this.access = access;
        this.live = live;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) {
        Matcher path = ID.matcher(request.getURI().getPath());
        String token = UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams().getFirst("token");
        Caller caller = callers.resolve(token).orElse(null);
        if (caller == null) {
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            return false;
        }
        if (!path.find() || !access.mayRead(caller, path.group(1))) {
            response.setStatusCode(HttpStatus.FORBIDDEN);
            return false;
        }
        attributes.put(CONVERSATION, path.group(1));
        attributes.put(CALLER, caller);
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler, Exception e) {
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        String conversationId = conversationOf(session);
        Caller caller = (Caller) session.getAttributes().get(CALLER);
        // an agent's scope ends with a transfer or a resolve: their feed ends then too
        BooleanSupplier stillAllowed = caller instanceof Caller.Agent agent && !agent.supervises()
                ? () -> access.mayRead(caller, conversationId)
                : () -> true;
        live.join(conversationId, session, ConversationAccess.isStaff(caller), stillAllowed);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        live.leave(conversationOf(session), session);
    }

    private static String conversationOf(WebSocketSession session) {
        return (String) session.getAttributes().get(CONVERSATION);
    }
}
