package io.kefu.conversation.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

import io.kefu.platform.CallerResolver;

@Configuration
@EnableWebSocket
class SocketConfiguration implements WebSocketConfigurer {

    private final CallerResolver callers;
    private final ConversationAccess access;
    private final LiveUpdates live;

    SocketConfiguration(CallerResolver callers, ConversationAccess access, LiveUpdates live) {
        this.callers = callers;
        this.access = access;
        this.live = live;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        ConversationSocket socket = new ConversationSocket(callers, access, live);
        registry.addHandler(socket, ConversationSocket.PATH).addInterceptors(socket).setAllowedOriginPatterns("*");
    }
}
