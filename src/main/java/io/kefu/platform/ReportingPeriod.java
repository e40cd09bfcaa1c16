package io.kefu.platform;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The {@code [from, to)} of a report, from the {@code from} and {@code to} query parameters of the
 * analytics endpoints: ISO-8601 times with offset, or dates (midnight UTC).
 */
public record ReportingPeriod(OffsetDateTime from, OffsetDateTime to) {

    /**
     * {@code to} defaults to a minute after {@code now}; {@code from} to {@code defaultFrom}, or when
     * that is null to a week before {@code to}. 400 naming the parameter when one cannot be read or
     * {@code from} is not before {@code to}.
     */
    public static ReportingPeriod of(String from, String to, OffsetDateTime now, OffsetDateTime defaultFrom) {
        OffsetDateTime end = parse("to", to, now.plusMinutes(1));
        OffsetDateTime start = parse("from", from, defaultFrom != null ? defaultFrom : end.minusDays(7));
        if (!start.isBefore(end)) {
            throw Problem.badRequest("from must be before to.", List.of(new Problem.FieldError("from", "must be before to")));
        }
        return new ReportingPeriod(start, end);
    }

    private static OffsetDateTime parse(String name, String value, OffsetDateTime fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        }
        catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            catch (DateTimeParseException notADate) {
                throw Problem.badRequest(name + " must be an ISO-8601 time with offset or a date.",
                        List.of(new Problem.FieldError(name, "must be an ISO-8601 time with offset or a date")));
            }
        }
    }
}
