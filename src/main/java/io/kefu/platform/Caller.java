package io.kefu.platform;

/**
 * Who made the current request, resolved from its bearer token. It is the principal of the
 * request's authentication, so web adapters receive it with {@code @AuthenticationPrincipal}.
 */
public sealed interface Caller {

    /** The merchant's administrator (admin token): may do everything. */
    record Admin() implements Caller {
    }

    /** A shopper holding the token of exactly one conversation. */
    record Customer(String conversationId) implements Caller {
    }

    /** A logged-in agent; {@code role} is AGENT, SUPERVISOR or ADMIN. */
    record Agent(String username, String role) implements Caller {

        /** Supervisors and admins oversee every conversation; an agent only the ones they serve. */
        public boolean supervises() {
            return "SUPERVISOR".equals(role) || "ADMIN".equals(role);
        }
    }
}
