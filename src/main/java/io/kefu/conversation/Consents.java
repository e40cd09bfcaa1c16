package io.kefu.conversation;

import java.util.List;

/**
 * The consents shoppers give or withdraw in their conversations (e.g. {@link
 * Consent#PERSONALISED_RECOMMENDATIONS}), for the data export and erasure of a customer.
 */
public interface Consents {

    /** Every recorded change of the customer's consents, oldest first; never null, empty when none. */
    List<Consent> of(String customerId);

    /**
     * Whether the customer's latest recorded choice about {@code name} (a {@link Consent} constant)
     * grants it; {@code otherwise} when they never chose.
     */
    boolean granted(String customerId, String name, boolean otherwise);

    /** Forgets every consent the customer gave or withdrew (erasure); nothing happens when there is none. */
    void eraseFor(String customerId);
}
