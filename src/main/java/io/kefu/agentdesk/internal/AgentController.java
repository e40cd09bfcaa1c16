package io.kefu.agentdesk.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.kefu.conversation.Message;
import io.kefu.platform.Caller;
import io.kefu.platform.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The agent's console API (API §3): presence, queue, own conversations, card, messages, transfer, resolve. */
@RestController
@RequestMapping("/api/v1/agent")
@Tag(name = "Agent desk", description = "What a logged-in agent does")
class AgentController {

    private final AgentDesk desk;
    private final AgentDirectory directory;
    private final CannedResponses canned;

    AgentController(AgentDesk desk, AgentDirectory directory, CannedResponses canned) {
        this.desk = desk;
        this.directory = directory;
        this.canned = canned;
    }

    @PostMapping("/status")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set presence: ONLINE, AWAY or OFFLINE (also counts as a heartbeat)")
    void status(@RequestBody StatusRequest request, @AuthenticationPrincipal Caller caller) {
        directory.status(me(caller).username(), request.status());
    }

    @PostMapping("/heartbeat")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Keep an online agent online; agents missing heartbeats go offline")
    void heartbeat(@AuthenticationPrincipal Caller caller) {
        directory.heartbeat(me(caller).username());
    }

    @GetMapping("/queue")
    @Operation(summary = "Waiting conversations in the queues the agent serves (all for a supervisor), highest priority first")
    List<AgentDesk.QueueEntry> queue(@AuthenticationPrincipal Caller caller) {
        return desk.queue(me(caller));
    }

    @GetMapping("/conversations")
    @Operation(summary = "The agent's assigned, open conversations")
    List<AgentDesk.Assigned> conversations(@AuthenticationPrincipal Caller caller) {
        return desk.assignedTo(me(caller).username());
    }

    @PostMapping("/conversations/{id}/accept")
    @Operation(summary = "Take a waiting conversation; 409 if another agent has it")
    HandoffCards.HandoffCard accept(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        return desk.accept(me(caller), id);
    }

    @GetMapping("/conversations/{id}/card")
    @Operation(summary = "The handoff card")
    HandoffCards.HandoffCard card(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        return desk.card(me(caller), id);
    }

    @PostMapping("/conversations/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write to the customer, or an internal note the customer never sees")
    Message post(@PathVariable String id, @RequestBody MessageRequest request, @AuthenticationPrincipal Caller caller) {
        return desk.post(me(caller), id, request.text(), Boolean.TRUE.equals(request.internal()));
    }

    @PostMapping("/conversations/{id}/transfer")
    @Operation(summary = "Transfer to another agent or back to the queue for a skill; the card goes along")
    AgentDesk.Transferred transfer(@PathVariable String id, @RequestBody TransferRequest request, @AuthenticationPrincipal Caller caller) {
        return desk.transfer(me(caller), id, request.toAgent(), request.toSkill(), false);
    }

    @PostMapping("/conversations/{id}/resolve")
    @Operation(summary = "Resolve with tags; the customer is asked for a rating; optionally back to the bot")
    AgentDesk.Resolved resolve(@PathVariable String id, @RequestBody(required = false) ResolveRequest request,
            @AuthenticationPrincipal Caller caller) {
        ResolveRequest body = request != null ? request : new ResolveRequest(null, null);
        return desk.resolve(me(caller), id, body.tags(), Boolean.TRUE.equals(body.returnToBot()));
    }

    @GetMapping("/canned-responses")
    @Operation(summary = "Canned responses, optionally of one language and with a skill's first")
    List<CannedResponses.Canned> canned(@RequestParam(required = false) String language, @RequestParam(required = false) String skill,
            @AuthenticationPrincipal Caller caller) {
        me(caller);
        return canned.find(language, skill);
    }

    /** The agent behind the token; the admin token is no agent. */
    Agent me(Caller caller) {
        if (caller instanceof Caller.Agent agent) {
            return directory.existing(agent.username());
        }
        throw Problem.forbidden("This needs an agent's login token.");
    }

    record StatusRequest(String status) {
    }

    record MessageRequest(String text, Boolean internal) {
    }

    record TransferRequest(String toAgent, String toSkill) {
    }

    record ResolveRequest(List<String> tags, Boolean returnToBot) {
    }
}
