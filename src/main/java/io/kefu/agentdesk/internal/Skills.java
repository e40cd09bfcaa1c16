package io.kefu.agentdesk.internal;

import org.springframework.stereotype.Component;

import io.kefu.dialogue.IntentCatalogue;

/**
 * Which skill a handed-over conversation needs: complaints and anger go to the complaints team;
 * otherwise the skill the intent catalogue names for what the customer wanted.
 */
@Component
class Skills {

    static final String COMPLAINTS = "complaints";

    private final IntentCatalogue catalogue;

    Skills(IntentCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The skill needed, or null when any agent will do. */
    String needed(String intent, String reason) {
        if ("negative_emotion".equals(reason) || "high_risk".equals(reason)) {
            return COMPLAINTS;
        }
        return catalogue.find(intent).map(IntentCatalogue.Intent::skill).orElse(null);
    }

    /** Whether the intent says what the customer's matter is ("hello" and "a human please" do not). */
    boolean isMatter(String intent) {
        return catalogue.find(intent).flatMap(i -> i.matter("zh")).isPresent();
    }
}
