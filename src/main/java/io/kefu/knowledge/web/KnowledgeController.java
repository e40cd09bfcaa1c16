package io.kefu.knowledge.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kefu.knowledge.FaqEntry;
import io.kefu.knowledge.KnowledgeBase;
import io.kefu.platform.Paging;
import io.swagger.v3.oas.annotations.tags.Tag;

/** FAQ entries import and listing (API §1, admin token). */
@RestController
@RequestMapping("/api/v1/knowledge")
@Tag(name = "Store data")
class KnowledgeController {

    private final KnowledgeBase knowledge;

    KnowledgeController(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @PutMapping
    Map<String, Integer> put(@RequestBody List<FaqEntry> entries) {
        return Map.of("upserted", knowledge.upsert(entries));
    }

    @GetMapping
    ResponseEntity<List<FaqEntry>> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return paging.respond(knowledge.page(paging), knowledge.count());
    }
}
