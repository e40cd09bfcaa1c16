package io.kefu.recommendation;

import java.util.List;
import java.util.Optional;

/**
 * Personal recommendations for one customer, as staff and the merchant's backend read them. Reading
 * them is an access to the customer's personal data and is recorded with who read.
 */
public interface CustomerRecommendations {

    /**
     * At most {@code limit} in-stock products, best first, none the customer just bought or returned,
     * each with its reason in {@code language} (zh or en; null for the language of the customer's
     * latest conversation, else the store's). Store best sellers, said to be so, when the customer
     * turned personalised recommendations off. Empty when the store has no such customer; never null.
     *
     * @param staff who reads (recorded with the customer's data)
     */
    Optional<List<Recommendation>> forCustomer(String customerId, String language, int limit, String staff);
}
