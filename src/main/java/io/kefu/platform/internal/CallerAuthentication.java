package io.kefu.platform.internal;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import io.kefu.platform.Caller;

/** An authenticated request whose principal is the {@link Caller} and whose roles follow from it. */
final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;

    CallerAuthentication(Caller caller) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + roleOf(caller))));
        this.caller = caller;
        setAuthenticated(true);
    }

    static String roleOf(Caller caller) {
        return switch (caller) {
            case Caller.Admin admin -> "ADMIN";
            case Caller.Customer customer -> "CUSTOMER";
            case Caller.Agent agent -> agent.role();
        };
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }
}
