package io.kefu.llm.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.kefu.llm.ConversationDrafts;
import io.kefu.llm.Generated;
import io.kefu.llm.LlmSettings;

/**
 * Drafts from a conversation for staff. The transcript is customer material, so it travels as the
 * user message, masked; what the draft states must be stated in the transcript.
 */
@Component
class ModelConversationDrafts implements ConversationDrafts {

    private final Generation generation;
    private final LlmSettings settings;

    ModelConversationDrafts(Generation generation, LlmSettings settings) {
        this.generation = generation;
        this.settings = settings;
    }

    @Override
    public Optional<Generated> summary(List<String> transcript, String language) {
        return draft("summary", Prompts.summaryInstructions(language), transcript);
    }

    @Override
    public Optional<Generated> faqCandidate(List<String> transcript, String language) {
        return draft("candidate", Prompts.candidateInstructions(language), transcript);
    }

    private Optional<Generated> draft(String use, String instructions, List<String> transcript) {
        if (!settings.summaries() || !generation.available() || transcript.isEmpty()) {
            return Optional.empty();
        }
        String conversation = String.join("\n", transcript);
        // the facts a draft may state are the conversation's, as the model saw it
        FactTokens said = FactTokens.of(PersonalData.masked(conversation, List.of()));
        return generation.generate(use, instructions, "", conversation, List.of(), said).map(text -> generation.generated(text, List.of()));
    }
}
