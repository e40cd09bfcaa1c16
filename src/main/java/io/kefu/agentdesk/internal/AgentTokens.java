package io.kefu.agentdesk.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kefu.agentdesk.AgentDeskSettings;
import io.kefu.platform.Caller;
import io.kefu.platform.TokenAuthority;

/**
 * Issues and recognises agent login tokens. Only the SHA-256 of a token is stored; a token expires
 * after {@link AgentDeskSettings#tokenLifetime()}, and the agent's current role is read on every
 * request, so a demotion or removal takes effect at once.
 */
@Component
class AgentTokens implements TokenAuthority {

    static final String PREFIX = "agt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Agents agents;
    private final AgentDeskSettings settings;

    AgentTokens(JdbcClient jdbc, Agents agents, AgentDeskSettings settings) {
        this.jdbc = jdbc;
        this.agents = agents;
        this.settings = settings;
    }

    Issued issue(String username) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime expires = now.plus(settings.tokenLifetime()).withNano(0);
        jdbc.sql("DELETE FROM agent_tokens WHERE expires_at < :now").param("now", now).update();
        jdbc.sql("INSERT INTO agent_tokens (token_hash, username, expires_at) VALUES (:hash, :username, :expires)")
            .param("hash", hash(token)).param("username", username).param("expires", expires).update();
        return new Issued(token, expires);
    }

    @Override
    public Optional<Caller> authenticate(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT username FROM agent_tokens WHERE token_hash = :hash AND expires_at > :now")
            .param("hash", hash(token)).param("now", OffsetDateTime.now(ZoneOffset.UTC)).query(String.class).optional()
            .flatMap(agents::find)
            .map(agent -> new Caller.Agent(agent.username(), agent.role()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    record Issued(String token, OffsetDateTime expiresAt) {
    }
}
