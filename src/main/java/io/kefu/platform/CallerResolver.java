package io.kefu.platform;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.kefu.platform.internal.AdminToken;

/**
 * Resolves a raw token (from a header, or a WebSocket URL) into the caller it belongs to: the admin
 * token, or a token some module's {@link TokenAuthority} issued.
 */
@Component
public class CallerResolver {

    private final AdminToken adminToken;
    private final List<TokenAuthority> authorities;

    CallerResolver(AdminToken adminToken, List<TokenAuthority> authorities) {
        this.adminToken = adminToken;
        this.authorities = authorities;
    }

    /** Never returns null; empty for blank or unknown tokens. */
    public Optional<Caller> resolve(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        if (adminToken.matches(token)) {
            return Optional.of(new Caller.Admin());
        }
        return authorities.stream().map(authority -> authority.authenticate(token)).flatMap(Optional::stream).findFirst();
    }
}
