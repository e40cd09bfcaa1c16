package io.kefu.platform;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A failure the caller can act on, rendered as RFC 9457 problem details with its status. Modules
 * throw these instead of inventing their own error bodies.
 */
public class Problem extends ErrorResponseException {

    private Problem(HttpStatus status, String detail, List<FieldError> errors) {
        super(status, body(status, detail, errors), null);
    }

    private static ProblemDetail body(HttpStatus status, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public static Problem badRequest(String detail) {
        return new Problem(HttpStatus.BAD_REQUEST, detail, List.of());
    }

    public static Problem badRequest(String detail, List<FieldError> errors) {
        return new Problem(HttpStatus.BAD_REQUEST, detail, errors);
    }

    public static Problem notFound(String detail) {
        return new Problem(HttpStatus.NOT_FOUND, detail, List.of());
    }

    /** Who is calling is not proven: no token, or no proof of the identity claimed. */
    public static Problem unauthorized(String detail) {
        return new Problem(HttpStatus.UNAUTHORIZED, detail, List.of());
    }

    public static Problem forbidden(String detail) {
        return new Problem(HttpStatus.FORBIDDEN, detail, List.of());
    }

    public static Problem conflict(String detail) {
        return new Problem(HttpStatus.CONFLICT, detail, List.of());
    }

    /** Too many requests of one kind from one client; it may try again after {@code retryAfter}. */
    public static Problem tooManyRequests(String detail, java.time.Duration retryAfter) {
        Problem problem = new Problem(HttpStatus.TOO_MANY_REQUESTS, detail, List.of());
        problem.getHeaders().set("Retry-After", Long.toString(retryAfterSeconds(retryAfter)));
        return problem;
    }

    /** {@code Retry-After} counts whole seconds: round up, so a client that waits that long is let in. */
    public static long retryAfterSeconds(java.time.Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** Temporarily overloaded or stopping: the client should retry the same request shortly. */
    public static Problem unavailable(String detail) {
        return unavailable(detail, Duration.ofSeconds(1));
    }

    /** Temporarily unable to serve: the client should retry the same request after {@code retryAfter}. */
    public static Problem unavailable(String detail, Duration retryAfter) {
        Problem problem = new Problem(HttpStatus.SERVICE_UNAVAILABLE, detail, List.of());
        problem.getHeaders().set("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
        return problem;
    }

    /** Records that failed validation; {@code field} paths name the record index, e.g. {@code [3].price}. */
    public static Problem invalidRecords(List<FieldError> errors) {
        return new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "Some records are invalid; nothing was stored.", errors);
    }

    /** One invalid field of a request. */
    public record FieldError(String field, String message) {
    }
}
