package io.kefu.platform.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.kefu.platform.KefuSettings;
import io.kefu.platform.Problem;
import io.kefu.platform.RateLimit;
import io.kefu.platform.RateLimiter;

/**
 * Rejects oversized bodies before anything reads them, with a tighter bound on the public
 * conversation endpoints than on the admin's bulk imports; and throttles how fast one client
 * address may open conversations, the one endpoint anyone may call without a token. The client
 * address is the one forwarded by a trusted proxy when {@code server.forward-headers-strategy} is
 * set (Spring's standard handling rewrites the remote address before this filter runs).
 * <p>
 * A request that carries the admin token is not throttled: it comes from the merchant's own backend
 * (opening conversations for its signed-in shoppers, all from one address) or from a load test run
 * by the operator, and whoever holds that token can change every limit anyway. Any other token, or
 * none, is limited by address.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLimitsFilter extends OncePerRequestFilter {

    private static final String CONVERSATIONS = "/api/v1/conversations";
    private static final String BEARER = "Bearer ";
    /** An image of at most 5 MB plus the multipart envelope. */
    private static final long ATTACHMENT_BYTES = 6 * 1024 * 1024;

    private final KefuSettings.Security settings;
    private final RateLimiter limiter;
    private final RateLimit conversationsPerClient;
    private final ProblemWriter problems;
    private final AdminToken adminToken;

    RequestLimitsFilter(KefuSettings settings, RateLimiter limiter, ProblemWriter problems, AdminToken adminToken) {
        this.adminToken = adminToken;
        this.settings = settings.security();
        this.limiter = limiter;
        this.conversationsPerClient = RateLimit.of(this.settings.conversationsPerMinutePerClient(), Duration.ofMinutes(1));
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        long limit = !path.startsWith(CONVERSATIONS) ? settings.maxRequestBytes()
                : path.endsWith("/attachments") ? ATTACHMENT_BYTES : settings.maxMessageRequestBytes();
        if (request.getContentLengthLong() > limit) {
            problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "The request body exceeds " + limit + " bytes.");
            return;
        }
        if ("POST".equals(request.getMethod()) && CONVERSATIONS.equals(path) && !carriesAdminToken(request)) {
            Optional<Duration> wait = limiter.take("open:" + request.getRemoteAddr(), conversationsPerClient);
            if (wait.isPresent()) {
                response.setHeader("Retry-After", Long.toString(Problem.retryAfterSeconds(wait.get())));
                problems.write(response, HttpStatus.TOO_MANY_REQUESTS,
                        "Too many conversations opened from this address; try again in a minute.");
                return;
            }
        }
        chain.doFilter(new BoundedBodyRequest(request, limit), response);
    }

    private boolean carriesAdminToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith(BEARER) && adminToken.matches(header.substring(BEARER.length()).strip());
    }
}
