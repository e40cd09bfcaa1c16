package io.kefu.conversation;

/**
 * The choices a shopper makes in the widget about how Kefu treats their data. On a change, a null
 * field keeps its current value.
 *
 * @param personalisedRecommendations whether recommendations may use what is known about the
 *                                    shopper (on until they turn it off)
 * @param proactiveMessages           whether the store may write to the shopper unprompted: a
 *                                    stalled parcel, an unpaid order, a goodwill gesture (on until
 *                                    they turn it off)
 */
public record Preferences(Boolean personalisedRecommendations, Boolean proactiveMessages) {

    /** Only the recommendations choice; the others keep their values. */
    public Preferences(Boolean personalisedRecommendations) {
        this(personalisedRecommendations, null);
    }
}
