package io.kefu.platform.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import io.kefu.platform.Problem;
import tools.jackson.databind.DatabindException;

/**
 * Turns every failure into problem details. Bad input is 400 or 422 and says what was wrong;
 * anything unexpected is a 500 whose body reveals nothing internal (the log has the stack trace).
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        BodyTooLargeException tooLarge = causeOfType(e, BodyTooLargeException.class);
        if (tooLarge != null) {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
            return handleExceptionInternal(e, body, headers, HttpStatus.CONTENT_TOO_LARGE, request);
        }
        // A well-formed body with a field of the wrong type: in the records a PUT stores (store data,
        // agents, API §1) an invalid record, 422 with its path; in any other request a bad request.
        if (e.getCause() instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
            List<Problem.FieldError> errors = List.of(new Problem.FieldError(JsonPaths.of(mapping.getPath()), "has the wrong type or format"));
            boolean records = request instanceof ServletWebRequest servlet && "PUT".equals(servlet.getRequest().getMethod());
            Problem problem = records ? Problem.invalidRecords(errors) : Problem.badRequest("A field has the wrong type.", errors);
            return handleExceptionInternal(problem, null, headers, problem.getStatusCode(), request);
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not valid JSON.");
        return handleExceptionInternal(e, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<Problem.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
            .map(error -> new Problem.FieldError(error.getField(), error.getDefaultMessage()))
            .toList();
        return handleExceptionInternal(Problem.badRequest("The request is invalid.", errors), null, headers,
                HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; the request was not completed.");
        return ResponseEntity.internalServerError().body(body);
    }
}
