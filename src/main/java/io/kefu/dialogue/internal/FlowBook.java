package io.kefu.dialogue.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

import tools.jackson.databind.json.JsonMapper;

/**
 * The flows the bot can run, read from YAML: the merchant's {@code <data-dir>/flows.yml} when it
 * exists, else the shipped {@code dialogue/flows.yml}. Checked when loaded, so a typo in a flow
 * stops the start with a message that names it instead of surfacing mid-conversation.
 */
record FlowBook(Map<String, Slot> slots, Map<String, Flow> flows) {

    private static final Logger log = LoggerFactory.getLogger(FlowBook.class);

    record Slot(String entity, boolean fromContext, String ask, String example, List<String> choices, Integer minLength) {

        Slot {
            choices = choices == null ? List.of() : choices;
        }
    }

    record Flow(List<String> intents, List<Step> steps) {
    }

    /**
     * Exactly one of ask, action, confirm, say; {@code outcomes} maps action outcomes to a step run
     * instead (not "on": YAML 1.1 reads that key as a boolean). An outcome's step may also
     * {@code switchTo} another flow, which starts over with the slots filled so far: a return asked
     * for an order still in the warehouse becomes its cancellation.
     */
    record Step(String ask, String action, Map<String, Step> outcomes, String confirm, String say, boolean end, String switchTo) {

        Step {
            outcomes = outcomes == null ? Map.of() : outcomes;
        }
    }

    Optional<String> flowFor(String intent) {
        return flows.entrySet().stream().filter(e -> e.getValue().intents().contains(intent)).map(Map.Entry::getKey).findFirst();
    }

    static FlowBook load(Path dataDir, JsonMapper json, Set<String> knownActions) {
        Path custom = dataDir.resolve("flows.yml");
        try (InputStream in = Files.exists(custom) ? Files.newInputStream(custom) : new ClassPathResource("dialogue/flows.yml").getInputStream()) {
            Object tree = new Yaml().load(in);
            FlowBook book = json.convertValue(tree, FlowBook.class);
            book.check(knownActions);
            log.info("Loaded {} dialogue flows from {}", book.flows().size(), Files.exists(custom) ? custom : "the defaults");
            return book;
        }
        catch (IOException e) {
            throw new IllegalStateException("Cannot read the dialogue flows", e);
        }
    }

    private void check(Set<String> knownActions) {
        List<String> problems = new ArrayList<>();
        flows.forEach((name, flow) -> flow.steps().forEach(step -> checkStep(name, step, knownActions, problems)));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid dialogue flows: " + String.join("; ", problems));
        }
    }

    private void checkStep(String flow, Step step, Set<String> knownActions, List<String> problems) {
        long kinds = java.util.stream.Stream.of(step.ask(), step.action(), step.confirm(), step.say()).filter(k -> k != null).count();
        if (kinds != 1 && !(kinds == 0 && step.switchTo() != null)) {
            problems.add(flow + ": a step needs exactly one of ask, action, confirm, say");
        }
        if (step.switchTo() != null && !flows.containsKey(step.switchTo())) {
            problems.add(flow + ": switches to unknown flow '" + step.switchTo() + "'");
        }
        if (step.ask() != null && !slots.containsKey(step.ask())) {
            problems.add(flow + ": unknown slot '" + step.ask() + "'");
        }
        if (step.action() != null && !knownActions.contains(step.action())) {
            problems.add(flow + ": unknown action '" + step.action() + "'");
        }
        step.outcomes().values().forEach(branch -> checkStep(flow, branch, knownActions, problems));
    }
}
