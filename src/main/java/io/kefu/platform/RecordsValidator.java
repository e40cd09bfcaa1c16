package io.kefu.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Validates a batch of imported records as a whole: every violation of every record is reported,
 * each field named by its record index ({@code [3].price}), and nothing is accepted if any fails.
 */
@Component
public class RecordsValidator {

    private final Validator validator;

    RecordsValidator(Validator validator) {
        this.validator = validator;
    }

    /** Throws {@link Problem#invalidRecords} listing every violation; returns quietly when all are valid. */
    public void validateAll(List<?> records, RecordRule... extraRules) {
        if (records == null) {
            throw Problem.badRequest("The request body must be a JSON array of records.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            collect(records.get(i), "[" + i + "]", extraRules, errors);
        }
        failIfAny(errors);
    }

    /** Validates a single object; fields are named from its root ({@code businessHours.open}). */
    public void validate(Object record, RecordRule... extraRules) {
        List<Problem.FieldError> errors = new ArrayList<>();
        collect(record, "", extraRules, errors);
        failIfAny(errors);
    }

    private void collect(Object record, String prefix, RecordRule[] extraRules, List<Problem.FieldError> errors) {
        if (record == null) {
            errors.add(new Problem.FieldError(prefix.isEmpty() ? "body" : prefix, "must not be null"));
            return;
        }
        String dot = prefix.isEmpty() ? "" : prefix + ".";
        for (ConstraintViolation<Object> violation : validator.validate(record)) {
            errors.add(new Problem.FieldError(dot + violation.getPropertyPath(), violation.getMessage()));
        }
        for (RecordRule rule : extraRules) {
            rule.check(record).forEach(error -> errors.add(new Problem.FieldError(dot + error.field(), error.message())));
        }
    }

    private static void failIfAny(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            throw Problem.invalidRecords(errors);
        }
    }

    /** A check beyond bean-validation annotations; reports fields relative to the record. */
    @FunctionalInterface
    public interface RecordRule {

        List<Problem.FieldError> check(Object record);
    }
}
