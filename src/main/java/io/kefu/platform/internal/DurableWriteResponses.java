package io.kefu.platform.internal;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * On the embedded H2 database, a successful response to a write leaves only once the write is in
 * the database file ({@link H2Checkpoints}): what the service acknowledged survives the process
 * being killed. The response is held in memory meanwhile — Spring MVC flushes it as soon as it is
 * written, which would acknowledge first. Reads and failed requests are not held.
 * <p>
 * Held responses wait asynchronously, their request thread released, and leave from a small pool
 * of platform threads once the checkpoint completes; a failed checkpoint answers 503 instead.
 */
final class DurableWriteResponses extends OncePerRequestFilter implements Ordered {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private static final Logger log = LoggerFactory.getLogger(DurableWriteResponses.class);

    private final H2Checkpoints checkpoints;
    private final ProblemWriter problems;
    // platform threads: answers must not queue behind the customer turns on the virtual threads' carriers
    private final ExecutorService responders = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().daemon().name("durable-responses-", 0).factory());

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
        boolean chainReturned = false;
        try {
            chain.doFilter(request, held);
            chainReturned = true;
        }
        finally {
            if (!chainReturned || held.getStatus() >= 400) {
                held.copyBodyToResponse();
            }
        }
        if (held.getStatus() < 400) {
            answerOnceWritten(request, held);
        }
    }

    /**
     * Asynchronously: the request's thread is released now and the answer leaves from the
     * checkpoint's completion. A request thread parked until then had to wait for a carrier again
     * behind every newer request, which cost a turn far more than the checkpoint itself.
     */
    private void answerOnceWritten(HttpServletRequest request, ContentCachingResponseWrapper held) throws IOException {
        CompletableFuture<Void> written = checkpoints.written();
        if (!request.isAsyncSupported()) {
            answer(held, written.handle((ok, failure) -> failure).join());
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        written.whenCompleteAsync((ok, failure) -> {
            try {
                answer(held, failure);
            }
            finally {
                async.complete();
            }
        }, responders);
    }

    private void answer(ContentCachingResponseWrapper held, Throwable notOnFile) {
        try {
            if (notOnFile != null) {
                held.resetBuffer();
                problems.write(held, HttpStatus.SERVICE_UNAVAILABLE,
                        "The change could not be confirmed on disk; check before retrying.");
            }
            held.copyBodyToResponse();
        }
        catch (IOException clientGone) {
            log.debug("Could not answer a confirmed write: {}", clientGone.toString());
        }
    }

    @Override
    public void destroy() {
        responders.shutdown();
    }
}
