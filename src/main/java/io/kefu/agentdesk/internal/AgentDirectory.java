package io.kefu.agentdesk.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.kefu.platform.Problem;
import io.kefu.platform.RecordsValidator;

/**
 * Agents as the admin manages them (bulk upsert, BCrypt passwords) and as they sign in and say
 * whether they are available.
 */
@Component
class AgentDirectory {

    private static final int DEFAULT_MAX_CONCURRENT = 5;

    private final Agents agents;
    private final AgentTokens tokens;
    private final RecordsValidator validator;
    private final DeskJobs jobs;
    private final BCryptPasswordEncoder passwords = new BCryptPasswordEncoder();
    // Compared against when the username is unknown, so a wrong name costs the same time as a wrong password.
    private final String decoy = passwords.encode("not-a-password");

    AgentDirectory(Agents agents, AgentTokens tokens, RecordsValidator validator, DeskJobs jobs) {
        this.agents = agents;
        this.tokens = tokens;
        this.validator = validator;
        this.jobs = jobs;
    }

    @Transactional
    int upsert(List<AgentInput> inputs) {
        validator.validateAll(inputs, record -> {
            AgentInput input = (AgentInput) record;
            boolean known = input.username() != null && agents.find(input.username()).isPresent();
            return input.password() == null && !known ? List.of(new Problem.FieldError("password", "is required for a new agent"))
                    : List.of();
        });
        for (AgentInput input : inputs) {
            Agent existing = agents.find(input.username()).orElse(null);
            String hash = input.password() != null ? passwords.encode(input.password()) : existing.passwordHash();
            agents.put(new Agent(input.username(), hash, input.displayName() != null ? input.displayName() : input.username(),
                    input.role() != null ? input.role() : "AGENT", lower(input.skills()), lower(input.languages()),
                    input.maxConcurrent() != null ? input.maxConcurrent() : DEFAULT_MAX_CONCURRENT, null, null));
        }
        return inputs.size();
    }

    /** A new token for the agent; empty for an unknown username or a wrong password (alike, and as slow). */
    Optional<Login> login(String username, String password) {
        Agent agent = username == null ? null : agents.find(username).orElse(null);
        boolean matches = passwords.matches(password == null ? "" : password, agent == null ? decoy : agent.passwordHash());
        if (agent == null || !matches) {
            return Optional.empty();
        }
        AgentTokens.Issued issued = tokens.issue(agent.username());
        return Optional.of(new Login(issued.token(), agent.role(), issued.expiresAt(), agent.username(), agent.displayName()));
    }

    void status(String username, String status) {
        String normalised = status == null ? null : status.toUpperCase(Locale.ROOT);
        if (normalised == null || !Agent.STATUSES.contains(normalised)) {
            throw Problem.badRequest("status must be ONLINE, AWAY or OFFLINE.",
                    List.of(new Problem.FieldError("status", "must be ONLINE, AWAY or OFFLINE")));
        }
        agents.setStatus(username, normalised, OffsetDateTime.now());
        jobs.kick();
    }

    void heartbeat(String username) {
        agents.seen(username, OffsetDateTime.now());
    }

    Agent existing(String username) {
        return agents.find(username).orElseThrow(() -> Problem.forbidden("No agent " + username + "."));
    }

    Agent existingOrNull(String username) {
        return agents.find(username).orElse(null);
    }

    List<Agent> all() {
        return agents.all();
    }

    private static Set<String> lower(List<String> values) {
        Set<String> lowered = new LinkedHashSet<>();
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).map(v -> v.strip().toLowerCase(Locale.ROOT)).forEach(lowered::add);
        }
        return lowered;
    }

    record AgentInput(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
            @Size(min = 8, max = 200) String password, @Size(max = 100) String displayName,
            @Pattern(regexp = "AGENT|SUPERVISOR|ADMIN") String role, List<@NotBlank @Size(max = 64) String> skills,
            List<@Pattern(regexp = "zh|en") String> languages, @Min(1) @Max(100) Integer maxConcurrent) {
    }

    record Login(String token, String role, OffsetDateTime expiresAt, String username, String displayName) {
    }

    static List<String> sorted(Set<String> values) {
        List<String> list = new ArrayList<>(values);
        list.sort(null);
        return list;
    }
}
