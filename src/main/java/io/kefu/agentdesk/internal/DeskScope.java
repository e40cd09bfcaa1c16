package io.kefu.agentdesk.internal;

import org.springframework.stereotype.Component;

import io.kefu.conversation.StaffScope;

/** Tells the conversation module which conversations an agent may open: {@link Agent#mayOpen}. */
@Component
class DeskScope implements StaffScope {

    private final Agents agents;
    private final Handoffs handoffs;

    DeskScope(Agents agents, Handoffs handoffs) {
        this.agents = agents;
        this.handoffs = handoffs;
    }

    @Override
    public boolean serves(String username, String conversationId) {
        return agents.find(username).map(agent -> agent.mayOpen(handoffs.find(conversationId).orElse(null))).orElse(false);
    }
}
