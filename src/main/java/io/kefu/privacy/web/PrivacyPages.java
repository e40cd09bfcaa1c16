package io.kefu.privacy.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.kefu.platform.Caller;
import io.kefu.privacy.CustomerDataRights;
import io.kefu.privacy.PrivacyRequest;

/**
 * The privacy page for supervisors: shoppers' requests waiting for a decision (an erasure while an
 * order is open) with approve and reject-with-reason, and the latest decided ones. The lists are
 * page fragments htmx loads with the signed-in supervisor's token.
 */
@Controller
class PrivacyPages {

    private final CustomerDataRights rights;

    PrivacyPages(CustomerDataRights rights) {
        this.rights = rights;
    }

    @GetMapping("/privacy")
    String index() {
        return "privacy/index";
    }

    @GetMapping("/privacy/fragments/requests")
    String requests(Model model) {
        model.addAttribute("waiting", rights.requests(PrivacyRequest.Status.REVIEW));
        model.addAttribute("recent", rights.requests(null).stream().filter(request -> request.status() != PrivacyRequest.Status.REVIEW)
            .limit(50).toList());
        return "privacy/fragments :: requests";
    }

    @PostMapping("/privacy/fragments/requests/{id}/approve")
    String approve(@PathVariable String id, @AuthenticationPrincipal Caller caller, Model model) {
        rights.approve(id, CustomerPrivacyController.actor(caller));
        return requests(model);
    }

    @PostMapping("/privacy/fragments/requests/{id}/reject")
    String reject(@PathVariable String id, @RequestParam(required = false) String reason, @AuthenticationPrincipal Caller caller,
            Model model) {
        if (reason != null && !reason.isBlank()) {
            rights.reject(id, CustomerPrivacyController.actor(caller), reason.strip());
        }
        return requests(model);
    }
}
