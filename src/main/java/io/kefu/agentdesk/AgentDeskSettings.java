package io.kefu.agentdesk;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Timings of the agent desk, bound from {@code kefu.agentdesk.*}.
 *
 * @param tokenLifetime      how long an agent's login token is valid
 * @param heartbeatTimeout   an online agent not heard from for this long is set offline
 * @param tick               how often queued conversations are routed, positions refreshed and idle
 *                           conversations looked after (also right after every change)
 * @param agingStep          a waiting customer gains one priority level per step, so nobody starves
 * @param handlingTime       average time an agent needs per customer, for the wait estimate
 * @param idleReminder       a customer silent this long after the agent's last message is reminded
 * @param idleClose          ... and the conversation closes this long after the reminder
 */
@ConfigurationProperties("kefu.agentdesk")
public record AgentDeskSettings(@DefaultValue("12h") Duration tokenLifetime, @DefaultValue("90s") Duration heartbeatTimeout,
        @DefaultValue("2s") Duration tick, @DefaultValue("2m") Duration agingStep, @DefaultValue("60s") Duration handlingTime,
        @DefaultValue("5m") Duration idleReminder, @DefaultValue("5m") Duration idleClose) {
}
