package io.kefu.knowledge.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kefu.knowledge.EntryFeedback;
import io.kefu.knowledge.EntryVersion;
import io.kefu.knowledge.FaqEntry;
import io.kefu.knowledge.KnowledgeBase;
import io.kefu.knowledge.StaleEntry;
import io.kefu.platform.Caller;
import io.kefu.platform.Paging;
import io.kefu.platform.Problem;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * FAQ entries: import and listing (API §1, admin token), and their upkeep: one entry, deletion,
 * version history and rollback, the entries held back as stale, feedback counts.
 */
@RestController
@RequestMapping("/api/v1/knowledge")
@Tag(name = "Knowledge")
class KnowledgeController {

    private final KnowledgeBase knowledge;

    KnowledgeController(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @PutMapping
    Map<String, Integer> put(@RequestBody List<FaqEntry> entries, @AuthenticationPrincipal Caller caller) {
        return Map.of("upserted", knowledge.upsert(entries, Actors.of(caller)));
    }

    @GetMapping
    ResponseEntity<List<FaqEntry>> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return paging.respond(knowledge.page(paging), knowledge.count());
    }

    /** Published entries held back because their answer contradicts live store data. */
    @GetMapping("/review")
    List<StaleEntry> review() {
        return knowledge.review();
    }

    @GetMapping("/{id}")
    FaqEntry get(@PathVariable String id) {
        return knowledge.find(id).orElseThrow(() -> Problem.notFound("No knowledge entry " + id + "."));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        if (!knowledge.delete(id, Actors.of(caller))) {
            throw Problem.notFound("No knowledge entry " + id + ".");
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/versions")
    List<EntryVersion> versions(@PathVariable String id) {
        List<EntryVersion> versions = knowledge.versions(id);
        if (versions.isEmpty()) {
            throw Problem.notFound("No knowledge entry " + id + ".");
        }
        return versions;
    }

    @PostMapping("/{id}/rollback")
    EntryVersion rollback(@PathVariable String id, @RequestBody Rollback request, @AuthenticationPrincipal Caller caller) {
        if (request == null || request.version() == null || request.version() < 1) {
            throw Problem.badRequest("Give the version to roll back to: {\"version\": 2}.");
        }
        return knowledge.rollback(id, request.version(), Actors.of(caller));
    }

    @GetMapping("/{id}/feedback")
    List<EntryFeedback> feedback(@PathVariable String id) {
        return knowledge.feedback(id);
    }

    record Rollback(Integer version) {
    }
}
