package io.kefu.knowledge.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.kefu.knowledge.Candidate;
import io.kefu.knowledge.KnowledgeCuration;
import io.kefu.knowledge.UnansweredQuestions;
import io.kefu.platform.Caller;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Knowledge curation (API §4): unanswered questions, candidate entries and their approval. */
@RestController
@RequestMapping("/api/v1/knowledge")
@Tag(name = "Knowledge curation")
class CurationController {

    private final KnowledgeCuration curation;

    CurationController(KnowledgeCuration curation) {
        this.curation = curation;
    }

    @GetMapping("/unanswered")
    List<UnansweredQuestions> unanswered() {
        return curation.unanswered();
    }

    @GetMapping("/candidates")
    List<Candidate> candidates() {
        return curation.pending();
    }

    @PostMapping("/candidates/{id}/approve")
    Candidate approve(@PathVariable String id, @RequestBody(required = false) KnowledgeCuration.Approval edits,
            @AuthenticationPrincipal Caller caller) {
        return curation.approve(id, edits, Actors.of(caller));
    }

    @PostMapping("/candidates/{id}/reject")
    Candidate reject(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        return curation.reject(id, Actors.of(caller));
    }
}
