package io.kefu.platform.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import io.kefu.platform.Caller;
import io.kefu.platform.CallerResolver;

/**
 * Resolves the {@code Authorization: Bearer} token into a {@link Caller}. A request without a token
 * stays anonymous (the authorization rules decide); a token nobody issued is answered with 401 at
 * once, so a typo never silently downgrades to anonymous access.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final CallerResolver callers;
    private final ProblemWriter problems;

    BearerTokenFilter(CallerResolver callers, ProblemWriter problems) {
        this.callers = callers;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Caller> caller = header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                ? callers.resolve(header.substring(PREFIX.length()).trim())
                : Optional.empty();
        if (caller.isEmpty()) {
            problems.write(response, HttpStatus.UNAUTHORIZED, "The bearer token is missing, invalid or expired.");
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new CallerAuthentication(caller.get()));
        try {
            chain.doFilter(request, response);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }
}
