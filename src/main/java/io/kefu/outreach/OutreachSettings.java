package io.kefu.outreach;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the proactive rules run, bound from {@code kefu.outreach.*}. What they do is the merchant's
 * choice ({@link OutreachRules}, edited in the admin shell), not a deployment setting.
 *
 * @param tick how often the rules are evaluated
 */
@ConfigurationProperties("kefu.outreach")
public record OutreachSettings(@DefaultValue("1m") Duration tick) {
}
