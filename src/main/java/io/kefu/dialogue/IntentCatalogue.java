package io.kefu.dialogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every intent the bot knows and how it is served, from {@code dialogue/intents.yml}: its kind, the
 * answerer that serves it, whether it breaks off a flow, the agent skill it needs, and its zh/en
 * labels. The one place an intent is described: the policy, queue routing, handoff summaries and
 * pages read it instead of keeping lists of their own.
 */
@Component
public class IntentCatalogue {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Intent> intents;

    public IntentCatalogue() {
        this(read());
    }

    IntentCatalogue(Map<String, Intent> intents) {
        this.intents = Map.copyOf(intents);
    }

    /** What the customer wants, in the bot's terms. */
    public enum Kind { SMALL_TALK, HUMAN, ORDER, FLOW, PRODUCT, STORE, COMPLAINT, KNOWLEDGE }

    /**
     * One intent of the catalogue.
     *
     * @param withKnowledge whether the merchant's FAQ answer follows the answer from the customer's records
     *               (the store's own rules on refunds or invoices, after the order's status)
     * @param skill  the agent skill it needs, or null when any agent will do
     * @param matter what the customer wants, by language, for summaries; empty when it says nothing of their matter
     */
    public record Intent(String name, Kind kind, String answerer, boolean switchesTopic, boolean withKnowledge, String skill,
            Map<String, String> label, Map<String, String> matter) {

        public Intent {
            label = label == null ? Map.of() : Map.copyOf(label);
            matter = matter == null ? Map.of() : Map.copyOf(matter);
        }

        /** The label in that language (Chinese for anything but English). */
        public String label(String language) {
            return label.getOrDefault("en".equals(language) ? "en" : "zh", name);
        }

        /** What the customer wants, in that language; empty when the intent says nothing of it ("hello"). */
        public Optional<String> matter(String language) {
            return Optional.ofNullable(matter.get("en".equals(language) ? "en" : "zh"));
        }
    }

    /** The intent of that name; empty for a name the catalogue does not know. */
    public Optional<Intent> find(String name) {
        return Optional.ofNullable(name).map(intents::get);
    }

    /** Whether the named intent is of that kind (false for an unknown name). */
    public boolean is(String name, Kind kind) {
        return find(name).map(intent -> intent.kind() == kind).orElse(false);
    }

    public Collection<Intent> all() {
        return intents.values();
    }

    private record Description(String kind, String answerer, Boolean switchesTopic, Boolean withKnowledge, String skill,
            Map<String, String> label, Map<String, String> matter) {
    }

    private static Map<String, Intent> read() {
        try (InputStream in = new ClassPathResource("dialogue/intents.yml").getInputStream()) {
            Map<String, Description> described = JSON.convertValue(new Yaml().load(in), new TypeReference<Map<String, Description>>() { });
            Map<String, Intent> intents = new LinkedHashMap<>();
            described.forEach((name, d) -> intents.put(name, new Intent(name, Kind.valueOf(d.kind().toUpperCase(java.util.Locale.ROOT)),
                    d.answerer(), Boolean.TRUE.equals(d.switchesTopic()), Boolean.TRUE.equals(d.withKnowledge()), d.skill(), d.label(), d.matter())));
            return intents;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read dialogue/intents.yml", e);
        }
    }
}
