package io.kefu.platform.internal;

import java.io.IOException;

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

/**
 * Rejects oversized bodies before anything reads them, with a tighter bound on the public
 * conversation endpoints than on the admin's bulk imports; and throttles how fast one client
 * address may open conversations, the one endpoint anyone may call without a token.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLimitsFilter extends OncePerRequestFilter {

    private static final String CONVERSATIONS = "/api/v1/conversations";
    /** An image of at most 5 MB plus the multipart envelope. */
    private static final long ATTACHMENT_BYTES = 6 * 1024 * 1024;

    private final KefuSettings.Security settings;
    private final ClientRateLimiter conversationCreations;
    private final ProblemWriter problems;

    RequestLimitsFilter(KefuSettings settings, ProblemWriter problems) {
        this.settings = settings.security();
        this.conversationCreations = new ClientRateLimiter(this.settings.conversationsPerMinutePerClient());
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
        if ("POST".equals(request.getMethod()) && CONVERSATIONS.equals(path)
                && !conversationCreations.tryAcquire(request.getRemoteAddr())) {
            response.setHeader("Retry-After", "60");
            problems.write(response, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many conversations opened from this address; try again in a minute.");
            return;
        }
        chain.doFilter(new BoundedBodyRequest(request, limit), response);
    }
}
