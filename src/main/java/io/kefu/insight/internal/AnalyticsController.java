package io.kefu.insight.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kefu.platform.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Analytics (API §5): admin token, SUPERVISOR or ADMIN agents. */
@RestController
@Tag(name = "Insight", description = "Service metrics")
class AnalyticsController {

    private static final OffsetDateTime BEGINNING = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final Metrics metrics;

    AnalyticsController(Metrics metrics) {
        this.metrics = metrics;
    }

    @GetMapping("/api/v1/analytics/summary")
    @Operation(summary = "Metrics of the conversations started in [from, to) (ISO-8601 with offset; default: all time)")
    Metrics.Summary summary(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        OffsetDateTime start = parse("from", from, BEGINNING);
        OffsetDateTime end = parse("to", to, OffsetDateTime.now().plusMinutes(1));
        if (!start.isBefore(end)) {
            throw Problem.badRequest("from must be before to.", List.of(new Problem.FieldError("from", "must be before to")));
        }
        return metrics.summary(start, end);
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
                return java.time.LocalDate.parse(value.strip()).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            catch (DateTimeParseException notADate) {
                throw Problem.badRequest(name + " must be an ISO-8601 time with offset or a date.",
                        List.of(new Problem.FieldError(name, "must be an ISO-8601 time with offset or a date")));
            }
        }
    }
}
