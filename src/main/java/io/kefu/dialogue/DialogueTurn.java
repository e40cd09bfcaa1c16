package io.kefu.dialogue;

import java.util.List;

import io.kefu.emotion.EmotionReading;
import io.kefu.nlu.Understanding;

/**
 * One customer message to respond to, with everything the policy may consider.
 *
 * @param customerId    the store's customer, or null for an anonymous visitor
 * @param language      the language to reply in
 * @param state         the dialogue state the previous decision left (opaque JSON), or null
 * @param emotionHistory readings of the customer's earlier messages, oldest first
 * @param attachmentIds  files attached to this message (evidence for a return, say)
 * @param personalisedRecommendations whether the shopper allows recommendations to use what is known
 *                      about them; when false a recommendation rests on the request alone and says so
 */
public record DialogueTurn(String conversationId, String customerId, String language, String text,
        Understanding understanding, EmotionReading emotion, List<EmotionReading> emotionHistory, String state,
        List<String> attachmentIds, boolean personalisedRecommendations) {

    public DialogueTurn {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }
}
