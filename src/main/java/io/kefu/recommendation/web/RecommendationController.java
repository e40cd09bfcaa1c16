package io.kefu.recommendation.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kefu.platform.Caller;
import io.kefu.platform.Problem;
import io.kefu.recommendation.CustomerRecommendations;
import io.kefu.recommendation.Recommendation;
import io.kefu.recommendation.RecommendationSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A customer's personal recommendations (API §6) for the merchant's backend and admins: like the
 * export, a read of the customer's personal data, for the admin only (the admin token or an agent
 * with the ADMIN role; the security configuration's rule for {@code /api/v1/**}), and recorded with
 * who read.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Customers and privacy", description = "Export and erasure of a customer's data; review of privacy requests")
class RecommendationController {

    private static final int MAX_LIMIT = 50;
    private static final List<String> LANGUAGES = List.of("zh", "en");

    private final CustomerRecommendations recommendations;
    private final RecommendationSettings settings;

    RecommendationController(CustomerRecommendations recommendations, RecommendationSettings settings) {
        this.recommendations = recommendations;
        this.settings = settings;
    }

    @GetMapping("/customers/{id}/recommendations")
    @Operation(summary = "Products for this customer, best first, each with its reason: from their purchases (due again), their "
            + "conversations, accessories and refills of what they bought and what others buy with it; never what they just bought "
            + "or returned, nor out of stock; store best sellers when they turned personalisation off. The read is recorded.")
    List<Recommendation> recommendations(@PathVariable String id,
            @Parameter(description = "zh or en; default: the language of the customer's latest conversation, else the store's")
            @RequestParam(required = false) String lang,
            @Parameter(description = "how many, 1 to 50; default kefu.recommendation.size") @RequestParam(required = false) Integer limit,
            @AuthenticationPrincipal Caller caller) {
        if (lang != null && !LANGUAGES.contains(lang)) {
            throw Problem.badRequest("lang must be zh or en.", List.of(new Problem.FieldError("lang", "must be zh or en")));
        }
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw Problem.badRequest("limit must be between 1 and " + MAX_LIMIT + ".",
                    List.of(new Problem.FieldError("limit", "must be between 1 and " + MAX_LIMIT)));
        }
        String staff = caller instanceof Caller.Agent agent ? agent.username() : "admin";
        return recommendations.forCustomer(id, lang, limit != null ? limit : settings.size(), staff)
            .orElseThrow(() -> Problem.notFound("No customer " + id + "."));
    }
}
