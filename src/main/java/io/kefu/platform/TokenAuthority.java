package io.kefu.platform;

import java.util.Optional;

/**
 * Recognises the bearer tokens one module issues (customer tokens, agent tokens). The platform asks
 * every authority in turn; a token no authority knows is rejected with 401.
 */
public interface TokenAuthority {

    /** Never returns null; empty when this authority did not issue the token or it expired. */
    Optional<Caller> authenticate(String token);
}
