package io.kefu.conversation;

/**
 * Which conversations an agent (role {@code AGENT}) may read and write: the one assigned to them,
 * or one waiting in a queue they serve. The agent desk answers, since it knows who serves what;
 * supervisors and admins see every conversation without asking.
 */
public interface StaffScope {

    /** Whether the agent with this username may open the conversation right now. */
    boolean serves(String username, String conversationId);
}
