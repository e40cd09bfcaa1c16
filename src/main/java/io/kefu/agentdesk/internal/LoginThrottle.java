package io.kefu.agentdesk.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import io.kefu.platform.KefuSettings;
import io.kefu.platform.Problem;
import io.kefu.platform.RateLimit;
import io.kefu.platform.RateLimiter;

/**
 * Slows password guessing down to a crawl: failed logins are counted per username and per client
 * address (behind a load balancer, the forwarded one, when {@code server.forward-headers-strategy}
 * is set). Once either allowance is used up, every login for that name or from that address is
 * refused with 429 until it refills — the right password too, so a lucky guess looks like any other.
 */
@Component
class LoginThrottle {

    private static final int LONGEST_KEY = 100;

    private final RateLimiter limiter;
    private final RateLimit perUser;
    private final RateLimit perClient;

    LoginThrottle(RateLimiter limiter, KefuSettings settings) {
        this.limiter = limiter;
        this.perUser = RateLimit.of(settings.security().failedLoginsPerHourPerUser(), Duration.ofHours(1));
        this.perClient = RateLimit.of(settings.security().failedLoginsPerHourPerClient(), Duration.ofHours(1));
    }

    /** 429 when this name or this address has failed too often lately. */
    void check(String username, String client) {
        Stream.of(limiter.waitFor(userKey(username), perUser), limiter.waitFor(clientKey(client), perClient))
            .flatMap(Optional::stream).max(Duration::compareTo)
            .ifPresent(wait -> {
                throw Problem.tooManyRequests("Too many failed logins; try again later.", wait);
            });
    }

    /** Counts a wrong name or password against both allowances. */
    void failed(String username, String client) {
        limiter.take(userKey(username), perUser);
        limiter.take(clientKey(client), perClient);
    }

    private static String userKey(String username) {
        String name = username == null ? "" : username;
        return "login-user:" + name.substring(0, Math.min(name.length(), LONGEST_KEY));
    }

    private static String clientKey(String client) {
        return "login-client:" + client;
    }
}
