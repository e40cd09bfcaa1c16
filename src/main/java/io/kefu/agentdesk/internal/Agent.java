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
}
