package io.kefu.outreach.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kefu.outreach.OutreachRules;
import io.kefu.platform.Problem;
import io.kefu.platform.ReportingPeriod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The proactive rules (admin: the admin token or an ADMIN agent) and their report (supervisors and
 * admins, with the other analytics).
 */
@RestController
@Tag(name = "Outreach", description = "Proactive service: rules and report")
class OutreachController {

    private static final OffsetDateTime BEGINNING = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final RulesTable rules;
    private final ProactiveReport report;
    private final OutreachClock clock;

    OutreachController(RulesTable rules, ProactiveReport report, OutreachClock clock) {
        this.rules = rules;
        this.report = report;
        this.clock = clock;
    }

    @GetMapping("/api/v1/outreach/rules")
    @Operation(summary = "The proactive rules: each off until switched on, quiet hours, the daily limit per shopper, the coupon budget")
    OutreachRules rules() {
        return rules.current();
    }

    @PutMapping("/api/v1/outreach/rules")
    @Transactional
    @Operation(summary = "Change the proactive rules; a part left out keeps its value, a part given is taken whole; "
            + "422 naming each invalid field, and nothing is changed")
    OutreachRules change(@RequestBody OutreachRules change) {
        if (change == null) {
            throw Problem.badRequest("A rules object is required.");
        }
        OutreachRules changed = rules.lock().with(change);
        List<Problem.FieldError> errors = changed.errors();
        if (!errors.isEmpty()) {
            throw Problem.invalidRecords(errors);
        }
        rules.save(changed, clock.now());
        return changed;
    }

    @GetMapping("/api/v1/analytics/proactive")
    @Operation(summary = "Proactive messages sent in [from, to) (default: all time): sent, replied within a day, converted, per rule")
    ProactiveReport.Report proactive(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        ReportingPeriod period = ReportingPeriod.of(from, to, clock.now(), BEGINNING);
        return report.between(period.from(), period.to());
    }
}
