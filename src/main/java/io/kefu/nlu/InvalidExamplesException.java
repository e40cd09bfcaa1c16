package io.kefu.nlu;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Merchant intent examples that cannot be stored; nothing of the request was stored. Maps to 422
 * with one error per offending field, e.g. {@code [3].intent}.
 */
public class InvalidExamplesException extends ResponseStatusException {

    private final List<FieldError> errors;

    public InvalidExamplesException(List<FieldError> errors) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "invalid examples: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String message) {
    }
}
