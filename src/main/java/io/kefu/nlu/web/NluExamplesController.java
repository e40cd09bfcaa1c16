package io.kefu.nlu.web;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.kefu.nlu.internal.ExampleImport;
import io.kefu.nlu.internal.IntentExample;

/**
 * Merchant intent examples (admin): {@code PUT /api/v1/nlu/examples} adds or changes examples
 * and retrains the intent model before answering.
 */
@RestController
@RequestMapping("/api/v1/nlu/examples")
class NluExamplesController {

    private final ExampleImport exampleImport;

    NluExamplesController(ExampleImport exampleImport) {
        this.exampleImport = exampleImport;
    }

    @PutMapping
    Map<String, Integer> upsert(@RequestBody List<IntentExample> examples) {
        return Map.of("upserted", exampleImport.upsert(examples));
    }

    @GetMapping
    List<IntentExample> list() {
        return exampleImport.all();
    }
}
