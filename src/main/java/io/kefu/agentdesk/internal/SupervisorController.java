package io.kefu.agentdesk.internal;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.transaction.annotation.Transactional;

import io.kefu.platform.Caller;
import io.kefu.platform.RecordsValidator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The supervisor's board (API §3): live conversations, takeover, reassign, agents, audit log, canned responses. */
@RestController
@RequestMapping("/api/v1/supervisor")
@Tag(name = "Supervisor", description = "Watching and steering the desk (SUPERVISOR or ADMIN)")
class SupervisorController {

    private final Supervision supervision;
    private final AgentDesk desk;
    private final AgentController agents;
    private final AgentDirectory directory;
    private final Handoffs handoffs;
    private final AuditLog audit;
    private final CannedResponses canned;
    private final RecordsValidator validator;

    SupervisorController(Supervision supervision, AgentDesk desk, AgentController agents, AgentDirectory directory, Handoffs handoffs,
            AuditLog audit, CannedResponses canned, RecordsValidator validator) {
        this.supervision = supervision;
        this.desk = desk;
        this.agents = agents;
        this.directory = directory;
        this.handoffs = handoffs;
        this.audit = audit;
        this.canned = canned;
        this.validator = validator;
    }

    @GetMapping("/conversations")
    @Operation(summary = "All live conversations with mode, emotion, waiting time and flags (botLoop, negativeEmotion, longWait)")
    List<Supervision.Row> conversations() {
        return supervision.live();
    }

    @PostMapping("/conversations/{id}/takeover")
    @Operation(summary = "Take over a bot, queued or agent conversation yourself")
    HandoffCards.HandoffCard takeover(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        return desk.takeover(agents.me(caller), id);
    }

    @PostMapping("/conversations/{id}/reassign")
    @Operation(summary = "Give a handed-over conversation to another agent or skill")
    AgentDesk.Transferred reassign(@PathVariable String id, @RequestBody AgentController.TransferRequest request,
            @AuthenticationPrincipal Caller caller) {
        return desk.transfer(agents.me(caller), id, request.toAgent(), request.toSkill(), true);
    }

    @GetMapping("/agents")
    @Operation(summary = "Agents with presence and load")
    List<AgentAccountsController.AgentView> agents() {
        return AgentAccountsController.AgentView.of(directory.all(), handoffs.loads());
    }

    @GetMapping("/audit")
    @Operation(summary = "The audit log of agent actions, newest first")
    List<AuditLog.Entry> audit(@RequestParam(required = false) String conversationId, @RequestParam(defaultValue = "200") int limit) {
        return audit.entries(conversationId, Math.clamp(limit, 1, 1000));
    }

    @PutMapping("/canned-responses")
    @Transactional
    @Operation(summary = "Create or update canned responses")
    Map<String, Integer> canned(@RequestBody List<CannedResponses.Canned> responses) {
        validator.validateAll(responses);
        responses.forEach(canned::put);
        return Map.of("upserted", responses.size());
    }
}
