package io.kefu.conversation.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.kefu.conversation.ConversationService;
import io.kefu.platform.Caller;
import io.kefu.platform.Problem;
import io.kefu.privacy.CustomerDataRights;
import io.kefu.privacy.PrivacyRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A signed-in shopper's own privacy requests, from the widget (PIPL Art. 50: a convenient way to
 * ask): a copy of their data at once, or erasure after they confirm it — carried out at once, or
 * waiting for a person's review while an order of theirs is still open. Only the conversation's
 * own customer token asks, and only for the customer the merchant verified.
 */
@RestController
@RequestMapping("/api/v1/conversations/{id}/privacy-requests")
@Tag(name = "Conversations")
class ConversationPrivacyController {

    private static final String CHANNEL = "widget";

    private final ConversationService conversations;
    private final ConversationAccess access;
    private final CustomerDataRights rights;

    ConversationPrivacyController(ConversationService conversations, ConversationAccess access, CustomerDataRights rights) {
        this.conversations = conversations;
        this.access = access;
        this.rights = rights;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask for a copy of one's data (EXPORT) or its erasure (ERASURE, with confirm: true)")
    PrivacyRequest file(@PathVariable String id, @RequestBody Filing filing, @AuthenticationPrincipal Caller caller) {
        String customerId = verifiedCustomer(id, caller);
        if (filing == null || filing.kind() == null) {
            throw Problem.badRequest("Say which request: EXPORT or ERASURE.", List.of(new Problem.FieldError("kind", "must be EXPORT or ERASURE")));
        }
        return switch (filing.kind()) {
            case EXPORT -> rights.requestExport(customerId, CHANNEL, id, customerId);
            case ERASURE -> {
                if (!Boolean.TRUE.equals(filing.confirm())) {
                    throw Problem.badRequest("Erasure cannot be undone: confirm it.",
                            List.of(new Problem.FieldError("confirm", "must be true to erase")));
                }
                yield rights.requestErasure(customerId, CHANNEL, id, customerId, true);
            }
        };
    }

    @GetMapping
    @Operation(summary = "The shopper's privacy requests with their status and outcome")
    List<PrivacyRequest> list(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        return rights.requestsOf(verifiedCustomer(id, caller));
    }

    @GetMapping("/{requestId}/export")
    @Operation(summary = "The copy of one's data an export request made")
    Map<String, Object> export(@PathVariable String id, @PathVariable String requestId, @AuthenticationPrincipal Caller caller) {
        String customerId = verifiedCustomer(id, caller);
        rights.request(requestId)
            .filter(request -> request.kind() == PrivacyRequest.Kind.EXPORT && customerId.equals(request.customerRef()))
            .orElseThrow(() -> Problem.notFound("No export request " + requestId + " of yours."));
        return rights.export(customerId).orElseThrow(() -> Problem.notFound("Nothing is held about you any more."));
    }

    record Filing(PrivacyRequest.Kind kind, Boolean confirm) {
    }

    private String verifiedCustomer(String conversationId, Caller caller) {
        access.requireCustomer(caller, conversationId);
        String customerId = conversations.view(conversationId).customerId();
        if (customerId == null) {
            throw Problem.forbidden("Privacy requests are for signed-in customers: the store must know whose data it is.");
        }
        return customerId;
    }
}
