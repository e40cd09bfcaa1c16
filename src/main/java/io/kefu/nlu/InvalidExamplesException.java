package io.kefu.nlu;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Merchant intent examples that cannot be stored; nothing of the request was stored. A 422
 * problem detail with {@code errors:[{field,message}]}, one per offending field, e.g.
 * {@code [3].intent}.
 */
public class InvalidExamplesException extends ResponseStatusException {

    private final List<FieldError> errors;

    public InvalidExamplesException(List<FieldError> errors) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "invalid examples: " + errors);
        this.errors = List.copyOf(errors);
        // problem details rendered by Spring carry the field errors as API.md asks
        getBody().setDetail("Invalid intent examples; nothing was stored.");
        getBody().setProperty("errors",
                this.errors.stream().map(e -> java.util.Map.of("field", e.field(), "message", e.message())).toList());
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String message) {
    }
}
