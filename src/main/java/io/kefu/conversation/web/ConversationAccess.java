package io.kefu.conversation.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.kefu.conversation.StaffScope;
import io.kefu.platform.Caller;
import io.kefu.platform.Problem;

/**
 * Who may open a conversation (API.md, Auth): its own customer token; the admin token; supervisors
 * and admins among the staff; an agent only while the conversation is theirs or waits in a queue
 * they serve. Only the customer token speaks as the customer: staff write through the agent desk,
 * where what they write is stored as theirs.
 */
@Component
class ConversationAccess {

    private final StaffScope scope;

    ConversationAccess(ObjectProvider<StaffScope> scope) {
        // without an agent desk, no agent serves anything
        this.scope = scope.getIfAvailable(() -> (username, conversationId) -> false);
    }

    /** Whether the caller may read the conversation (and, if staff, its internal notes). */
    boolean mayRead(Caller caller, String conversationId) {
        return switch (caller) {
            case null -> false;
            case Caller.Customer customer -> customer.conversationId().equals(conversationId);
            case Caller.Admin admin -> true;
            case Caller.Agent agent -> agent.supervises() || scope.serves(agent.username(), conversationId);
        };
    }

    /** 403 unless the caller may read the conversation. */
    void requireReader(Caller caller, String conversationId) {
        if (!mayRead(caller, conversationId)) {
            throw Problem.forbidden("This token does not open conversation " + conversationId + ".");
        }
    }

    /** 403 unless the caller is the conversation's own customer: nobody else speaks as them. */
    void requireCustomer(Caller caller, String conversationId) {
        if (!(caller instanceof Caller.Customer customer) || !customer.conversationId().equals(conversationId)) {
            throw Problem.forbidden(caller instanceof Caller.Customer || caller == null
                    ? "This token does not open conversation " + conversationId + "."
                    : "Staff write to a customer through the agent desk, not as the customer.");
        }
    }

    /** Agents and the admin see internal notes; a customer never does. */
    static boolean isStaff(Caller caller) {
        return !(caller instanceof Caller.Customer);
    }
}
