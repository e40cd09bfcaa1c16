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
    }

    /** Whether this caller may read and write the given conversation. */
    default boolean mayAccessConversation(String conversationId) {
        return switch (this) {
            case Customer customer -> customer.conversationId().equals(conversationId);
            case Admin admin -> true;
            case Agent agent -> true;
        };
    }
}
