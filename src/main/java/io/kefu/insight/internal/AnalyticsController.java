package io.kefu.insight.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kefu.platform.Caller;
import io.kefu.platform.Problem;
import io.kefu.platform.ReportingPeriod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Analytics (API §5): admin token, SUPERVISOR or ADMIN agents. */
@RestController
@Tag(name = "Insight", description = "Service metrics")
class AnalyticsController {

    private static final OffsetDateTime BEGINNING = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final Metrics metrics;
    private final Insights insights;
    private final DisputeRisk risk;
    private final QualityReview quality;
    private final QualityDisputes disputes;
    private final InsightClock clock;

    AnalyticsController(Metrics metrics, Insights insights, DisputeRisk risk, QualityReview quality, QualityDisputes disputes,
            InsightClock clock) {
        this.metrics = metrics;
        this.insights = insights;
        this.risk = risk;
        this.quality = quality;
        this.disputes = disputes;
        this.clock = clock;
    }

    @GetMapping("/api/v1/analytics/quality")
    @Operation(summary = "Automatic quality review of the human conversations started in [from, to) (default: the last 7 days), of one agent or all")
    List<QualityReview.Review> quality(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String agent) {
        ReportingPeriod period = period(from, to, null);
        return quality.review(period.from(), period.to(), agent);
    }

    @PostMapping("/api/v1/analytics/quality/findings/{id}/dispute")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "A supervisor disputes a finding: it stays listed as disputed and no longer counts against the score")
    void dispute(@PathVariable String id, @RequestBody DisputeRequest request, @AuthenticationPrincipal Caller caller) {
        if (request == null || request.note() == null || request.note().isBlank() || request.note().length() > 2000) {
            throw Problem.badRequest("note is required (at most 2000 characters).",
                    List.of(new Problem.FieldError("note", "must be 1 to 2000 characters")));
        }
        String by = caller instanceof Caller.Agent agent ? agent.username() : "admin";
        disputes.dispute(id, request.note().strip(), by, clock.now());
    }

    record DisputeRequest(String note) {
    }

    @GetMapping("/api/v1/analytics/summary")
    @Operation(summary = "Metrics of the conversations started in [from, to) (ISO-8601 with offset; default: all time)")
    Metrics.Summary summary(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        ReportingPeriod period = period(from, to, BEGINNING);
        return insights.complete(metrics.summary(period.from(), period.to()), period.from(), period.to());
    }

    @GetMapping("/api/v1/analytics/topics")
    @Operation(summary = "Complaint topics of [from, to) (default: the last 7 days) against the period of equal length before, with spikes")
    List<ComplaintTopics.Topic> topics(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        ReportingPeriod period = period(from, to, null);
        return insights.topics(period.from(), period.to());
    }

    @GetMapping("/api/v1/analytics/at-risk")
    @Operation(summary = "Open conversations and orders most likely to become a dispute, highest score (0..1) first, with reasons; "
            + "for attention only, never used to refuse service")
    List<DisputeRisk.AtRisk> atRisk() {
        return risk.atRisk();
    }

    @GetMapping("/api/v1/analytics/satisfaction")
    @Operation(summary = "Predicted 1-5 satisfaction of every conversation started in [from, to) beside its actual rating, if any")
    List<Insights.Satisfaction> satisfaction(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        ReportingPeriod period = period(from, to, BEGINNING);
        return insights.satisfaction(period.from(), period.to());
    }

    /** {@code [from, to)}: {@code to} defaults to now, {@code from} to the given start or else a week before {@code to}. */
    private ReportingPeriod period(String from, String to, OffsetDateTime defaultFrom) {
        return ReportingPeriod.of(from, to, clock.now(), defaultFrom);
    }
}
