package io.kefu.recommendation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How personal recommendations are made, bound from {@code kefu.recommendation.*}.
 *
 * @param size           how many products one answer holds unless the caller asks for fewer or more
 * @param minSupport     a pattern in the orders counts only when this many observations back it: orders holding both
 *                       products (bought together), or repeat purchases of one product (its refill interval)
 * @param interestWindow conversations active this recently tell what the customer is interested in
 */
@ConfigurationProperties("kefu.recommendation")
public record RecommendationSettings(@DefaultValue("10") int size, @DefaultValue("3") int minSupport,
        @DefaultValue("30d") Duration interestWindow) {

    public RecommendationSettings {
        if (size < 1 || minSupport < 1 || interestWindow.isNegative() || interestWindow.isZero()) {
            throw new IllegalArgumentException("kefu.recommendation: size and min-support must be 1 or more, interest-window positive");
        }
    }
}
