package io.kefu.dialogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the bot brings in a human on its own, bound from {@code kefu.escalation.*}.
 *
 * @param angerIntensity          anger at or above this hands over at once
 * @param risingNegativeMessages  this many consecutive negative messages with a rising trend hand over
 * @param risingNegativeIntensity ... when the latest is at least this intense
 * @param fallbacksInARow         misses in a row before the bot gives up
 */
@ConfigurationProperties("kefu.escalation")
public record EscalationSettings(@DefaultValue("0.8") double angerIntensity, @DefaultValue("2") int risingNegativeMessages,
        @DefaultValue("0.5") double risingNegativeIntensity, @DefaultValue("2") int fallbacksInARow) {
}
