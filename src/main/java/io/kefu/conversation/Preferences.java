package io.kefu.conversation;

/**
 * The choices a shopper makes in the widget about how Kefu treats their data. On a change, a null
 * field keeps its current value.
 *
 * @param personalisedRecommendations whether recommendations may use what is known about the
 *                                    shopper (on until they turn it off)
 */
public record Preferences(Boolean personalisedRecommendations) {
}
