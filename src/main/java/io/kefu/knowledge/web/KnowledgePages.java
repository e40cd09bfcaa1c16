package io.kefu.knowledge.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.kefu.knowledge.KnowledgeBase;
import io.kefu.knowledge.KnowledgeCuration;
import io.kefu.platform.Caller;

/**
 * The knowledge pages: {@code /knowledge} (search the entries, unanswered questions, candidates to
 * approve, entries held back as stale) and {@code /knowledge/edit} (create or edit an entry with
 * its question variants, its version history and rollback). The lists are page fragments that
 * htmx loads with the signed-in supervisor's token; saving goes through the knowledge API.
 */
@Controller
class KnowledgePages {

    private static final int SHOWN_ENTRIES = 100;

    private final KnowledgeBase knowledge;
    private final KnowledgeCuration curation;

    KnowledgePages(KnowledgeBase knowledge, KnowledgeCuration curation) {
        this.knowledge = knowledge;
        this.curation = curation;
    }

    @GetMapping("/knowledge")
    String index() {
        return "knowledge/index";
    }

    @GetMapping("/knowledge/edit")
    String edit() {
        return "knowledge/edit";
    }

    @GetMapping("/knowledge/fragments/entries")
    String entries(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("entries", knowledge.search(q, SHOWN_ENTRIES));
        model.addAttribute("total", knowledge.count());
        model.addAttribute("query", q == null ? "" : q.strip());
        return "knowledge/fragments :: entries";
    }

    @GetMapping("/knowledge/fragments/unanswered")
    String unanswered(Model model) {
        model.addAttribute("questions", curation.unanswered());
        return "knowledge/fragments :: unanswered";
    }

    @GetMapping("/knowledge/fragments/candidates")
    String candidates(Model model) {
        model.addAttribute("candidates", curation.pending());
        return "knowledge/fragments :: candidates";
    }

    @PostMapping("/knowledge/fragments/candidates/{id}/{decision:approve|reject}")
    String decide(@PathVariable String id, @PathVariable String decision, @AuthenticationPrincipal Caller caller, Model model) {
        if ("approve".equals(decision)) {
            curation.approve(id, null, Actors.of(caller));
        }
        else {
            curation.reject(id, Actors.of(caller));
        }
        return candidates(model);
    }

    @GetMapping("/knowledge/fragments/review")
    String review(Model model) {
        model.addAttribute("stale", knowledge.review());
        return "knowledge/fragments :: review";
    }
}
