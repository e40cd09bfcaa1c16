package io.kefu.dialogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.kefu.commerce.Product;
import io.kefu.commerce.ProductCatalog;
import io.kefu.dialogue.Reply;

/**
 * What every answer to a request for products owes the shopper, whichever way it was found (a
 * ranked list, one product described, a line of variants): each product card says why it is shown,
 * and when the shopper turned personalised recommendations off, the reply says it is not
 * personalised. Nothing personal (purchases, profile, other conversations) is read to rank products
 * in the first place; the line makes the shopper's choice visible, not a different ranking.
 */
@Component
class Recommendations {

    private static final Set<String> REQUESTS = Set.of("recommendation", "product_search");

    private final Phrases phrases;
    private final ProductRelevance relevance;
    private final ProductCatalog catalog;

    Recommendations(Phrases phrases, ProductRelevance relevance, ProductCatalog catalog) {
        this.phrases = phrases;
        this.relevance = relevance;
        this.catalog = catalog;
    }

    /** The answer as the shopper should see it; unchanged unless the message asked for products. */
    Answer explained(Answer answer, Ask ask) {
        // a request for products may be routed on as a question about the product talked about: it still asked for products
        if (!REQUESTS.contains(ask.intent()) && !REQUESTS.contains(ask.turn().understanding().intent())) {
            return answer;
        }
        List<Reply> replies = answer.replies().stream().map(reply -> explained(reply, ask)).toList();
        return new Answer(replies, answer.grounding(), answer.remember());
    }

    private Reply explained(Reply reply, Ask ask) {
        if (reply.cards().stream().noneMatch(card -> "product".equals(card.type()))) {
            return reply;
        }
        String language = ask.language();
        List<Reply.Card> cards = new ArrayList<>();
        List<Product> products = catalog.snapshot().products();
        List<ProductRelevance.Scored> ranked = null;
        for (Reply.Card card : reply.cards()) {
            boolean unexplained = "product".equals(card.type()) && (card.reason() == null || card.reason().isBlank());
            if (!unexplained) {
                cards.add(card);
                continue;
            }
            // one product described for a need ("something caffeine-free"): the fact of it the request's words meet
            ranked = ranked != null ? ranked : relevance.rank(ask.text(), products);
            List<ProductRelevance.Scored> scored = ranked;
            String reason = ProductAnswerer.find(String.valueOf(card.data().get("sku")), products)
                .flatMap(product -> relevance.reason(scored, product, language))
                .orElseGet(() -> phrases.say("product.found.reason", language));
            cards.add(new Reply.Card(card.type(), card.data(), reason));
        }
        String text = ask.turn().personalisedRecommendations() ? reply.text()
                : reply.text() + ("en".equals(language) ? " " : "") + phrases.say("product.notPersonalised", language);
        return new Reply(text, reply.quickReplies(), reply.sources(), cards);
    }
}
