package io.kefu.privacy.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.kefu.platform.Caller;
import io.kefu.platform.Problem;
import io.kefu.privacy.CustomerDataRights;
import io.kefu.privacy.PrivacyRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Customers' data rights as the merchant's backend and staff use them (API §6): export, erasure,
 * and the review of requests shoppers filed from the widget.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Customers and privacy", description = "Export and erasure of a customer's data; review of privacy requests")
class CustomerPrivacyController {

    private static final String CHANNEL = "api";

    private final CustomerDataRights rights;

    CustomerPrivacyController(CustomerDataRights rights) {
        this.rights = rights;
    }

    @GetMapping("/customers/{id}/export")
    @Operation(summary = "Everything held about a customer, AI messages with their implicit AIGC label")
    Map<String, Object> export(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        Map<String, Object> export = rights.export(id).orElseThrow(() -> unknown(id));
        rights.requestExport(id, CHANNEL, null, actor(caller));
        return export;
    }

    @DeleteMapping("/customers/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Erase a customer's personal data; transcripts are kept only in anonymised form")
    void erase(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        if (rights.export(id).isEmpty()) {
            throw unknown(id);
        }
        rights.requestErasure(id, CHANNEL, null, actor(caller), false);
    }

    @GetMapping("/privacy/requests")
    @Operation(summary = "Privacy requests, newest first; ?status=REVIEW lists those waiting for a decision")
    List<PrivacyRequest> requests(@RequestParam(required = false) PrivacyRequest.Status status) {
        return rights.requests(status);
    }

    @PostMapping("/privacy/requests/{id}/approve")
    @Operation(summary = "Carry out a request waiting for review")
    PrivacyRequest approve(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        return rights.approve(id, actor(caller)).orElseThrow(() -> notWaiting(id));
    }

    @PostMapping("/privacy/requests/{id}/reject")
    @Operation(summary = "Reject a request waiting for review, with the reason the customer is told")
    PrivacyRequest reject(@PathVariable String id, @RequestBody Rejection rejection, @AuthenticationPrincipal Caller caller) {
        if (rejection == null || rejection.reason() == null || rejection.reason().isBlank()) {
            throw Problem.badRequest("A rejection gives its reason.", List.of(new Problem.FieldError("reason", "must not be blank")));
        }
        return rights.reject(id, actor(caller), rejection.reason().strip()).orElseThrow(() -> notWaiting(id));
    }

    record Rejection(String reason) {
    }

    private static Problem unknown(String id) {
        return Problem.notFound("Nothing is held about customer " + id + ".");
    }

    private static Problem notWaiting(String id) {
        return Problem.notFound("No privacy request " + id + " is waiting for review.");
    }

    static String actor(Caller caller) {
        return caller instanceof Caller.Agent agent ? agent.username() : "admin";
    }
}
