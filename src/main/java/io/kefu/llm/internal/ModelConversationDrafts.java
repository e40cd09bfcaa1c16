package io.kefu.llm.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.kefu.llm.ConversationDrafts;
import io.kefu.llm.Fact;
import io.kefu.llm.Generated;
import io.kefu.llm.LlmSettings;

/**
 * Drafts for staff. The grounding of a handoff summary is the conversation itself plus the store's
 * facts, so the guardrail that keeps shoppers' answers honest checks the summary against the
 * transcript the model was shown (masked, as it saw it). A candidate answer rests on the agent's
 * replies alone: the customer's question may not lend it a number.
 */
@Component
class ModelConversationDrafts implements ConversationDrafts {

    static final String SUMMARY = "handoff_summary";
    static final String KNOWLEDGE = "knowledge_draft";

    private final Generation generation;
    private final LlmSettings settings;

    ModelConversationDrafts(Generation generation, LlmSettings settings) {
        this.generation = generation;
        this.settings = settings;
    }

    @Override
    public boolean summariesAvailable() {
        return settings.handoffSummaries() && generation.available();
    }

    @Override
    public Optional<Generated> handoffSummary(String transcript, String language, List<Fact> facts, List<String> personalValues) {
        if (!summariesAvailable() || transcript == null || transcript.isBlank()) {
            return Optional.empty();
        }
        String grounding = facts.isEmpty() ? "" : Prompts.facts(facts);
        FactTokens allowed = FactTokens.of(PersonalData.masked(transcript, personalValues) + "\n" + grounding);
        return generation.generate(SUMMARY, Prompts.handoffSummaryInstructions(language), grounding, transcript, personalValues, allowed)
            .map(text -> generation.generated(text, facts));
    }

    @Override
    public boolean knowledgeAvailable() {
        return settings.knowledgeDrafts() && generation.available();
    }

    @Override
    public Optional<Generated> knowledgeAnswer(String question, List<String> agentReplies, String language) {
        if (!knowledgeAvailable() || agentReplies.isEmpty()) {
            return Optional.empty();
        }
        String grounding = Prompts.agentReplies(agentReplies);
        return generation.generate(KNOWLEDGE, Prompts.knowledgeAnswerInstructions(language), grounding, question, List.of(),
                FactTokens.of(PersonalData.masked(grounding, List.of()))).map(text -> generation.generated(text, List.of()));
    }
}
