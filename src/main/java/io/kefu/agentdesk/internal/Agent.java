package io.kefu.agentdesk.internal;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A human agent. {@code role} is AGENT, SUPERVISOR or ADMIN; {@code status} ONLINE, AWAY or OFFLINE;
 * skills and languages are lower case.
 */
record Agent(String username, String passwordHash, String displayName, String role, Set<String> skills, Set<String> languages,
        int maxConcurrent, String status, OffsetDateTime lastSeen) {

    static final Set<String> ROLES = Set.of("AGENT", "SUPERVISOR", "ADMIN");
    static final Set<String> STATUSES = Set.of("ONLINE", "AWAY", "OFFLINE");

    boolean supervises() {
        return "SUPERVISOR".equals(role) || "ADMIN".equals(role);
    }

    boolean online() {
        return "ONLINE".equals(status);
    }

    boolean speaks(String language) {
        return languages.isEmpty() || language == null || languages.contains(language);
    }

    /**
     * Whether the handed-over conversation waits in a queue this agent serves: one in a language
     * they speak, the same test routing applies (skills only rank the agents who may take it).
     */
    boolean serves(HandoffRow waiting) {
        return speaks(waiting.language());
    }

    /**
     * Whether this agent may read and write the conversation (API.md, Auth): supervisors always;
     * an agent while it is assigned to them or waits in a queue they serve; nobody a conversation
     * the bot kept ({@code handoff} null) or one that is resolved.
     */
    boolean mayOpen(HandoffRow handoff) {
        if (supervises()) {
            return true;
        }
        if (handoff == null) {
            return false;
        }
        return switch (handoff.status()) {
            case HandoffRow.ASSIGNED -> username.equals(handoff.assignedAgent());
            case HandoffRow.WAITING -> serves(handoff);
            default -> false;
        };
    }
}
