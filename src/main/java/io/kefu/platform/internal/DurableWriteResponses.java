package io.kefu.platform.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * On the embedded H2 database, a successful response to a write leaves only once the write is in
 * the database file ({@link H2Checkpoints}): what the service acknowledged survives the process
 * being killed. The response is held in memory meanwhile — Spring MVC flushes it as soon as it is
 * written, which would acknowledge first. Reads and failed requests are not held.
 */
final class DurableWriteResponses extends OncePerRequestFilter implements Ordered {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final H2Checkpoints checkpoints;
    private final ProblemWriter problems;

    DurableWriteResponses(H2Checkpoints checkpoints, ProblemWriter problems) {
        this.checkpoints = checkpoints;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        // outside every other filter: whatever they and the request wrote is committed when it returns
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, held);
        }
        finally {
            if (held.getStatus() < 400) {
                awaitWritten(held);
            }
            held.copyBodyToResponse();
        }
    }

    private void awaitWritten(ContentCachingResponseWrapper held) throws IOException {
        try {
            checkpoints.awaitWritten();
        }
        catch (IllegalStateException notOnFile) {
            held.resetBuffer();
            problems.write(held, HttpStatus.SERVICE_UNAVAILABLE, "The change could not be confirmed on disk; check before retrying.");
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            held.resetBuffer();
            problems.write(held, HttpStatus.SERVICE_UNAVAILABLE, "The service is stopping; the change may not be on disk.");
        }
    }
}
