package io.kefu.evaluation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Asks one need-style request ("送女朋友的口红", "a stroller I can take on a plane") as the first
 * message of a fresh conversation and judges the product cards the bot shows against the SKUs a
 * person judged acceptable: precision over the first {@value #TOP} shown, and for each shown card
 * whether its reason cites something true of that product (one of its attribute values or tags,
 * or a phrase of its description) rather than a stock phrase.
 */
public final class NeedCheck {

    public static final int TOP = 3;
    /** A cited phrase of the product's own text is at least this long (Chinese characters, or Latin letters). */
    private static final int PHRASE = 4;
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final Pattern LATIN = Pattern.compile("[a-z0-9][a-z0-9'-]*");

    /** One request, the products shown (first {@value #TOP}), which were acceptable, and which reasons cite the product. */
    public record Asked(String query, Set<String> acceptable, List<Shown> shown, String reply) {

        /** Acceptable share of the first shown products; 0 when none was shown. */
        public double precision() {
            return shown.isEmpty() ? 0 : (double) shown.stream().filter(s -> acceptable.contains(s.sku())).count() / shown.size();
        }
    }

    /** One product card as shown, with its reason and whether the reason cites the product's own facts. */
    public record Shown(String sku, String reason, boolean cites) {
    }

    private final KefuHttp service;
    private final Map<String, JsonNode> products = new HashMap<>();

    /** @param store the store file as imported: its products are what a reason may cite */
    public NeedCheck(KefuHttp service, JsonNode store) {
        this.service = service;
        store.path("products").forEach(product -> products.put(product.path("sku").asString(), product));
    }

    public Asked ask(String query, Set<String> acceptable) {
        JsonNode created = service.post("/api/v1/conversations", null, Map.of()).json();
        KefuHttp.Response response = service.post("/api/v1/conversations/" + created.path("id").asString() + "/messages",
                created.path("customerToken").asString(), Map.of("text", query));
        if (response.status() != 200) {
            return new Asked(query, acceptable, List.of(), "HTTP " + response.status() + " " + response.text());
        }
        List<Shown> shown = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        StringBuilder said = new StringBuilder();
        for (JsonNode message : response.json().path("messages")) {
            said.append(message.path("text").asString()).append(' ');
            for (JsonNode card : message.path("cards")) {
                String sku = card.path("data").path("sku").asString();
                if ("product".equals(card.path("type").asString()) && !sku.isEmpty() && seen.size() < TOP && seen.add(sku)) {
                    String reason = card.path("reason").asString("");
                    shown.add(new Shown(sku, reason, cites(reason, products.get(sku))));
                }
            }
        }
        return new Asked(query, acceptable, shown, said.toString().strip());
    }

    /**
     * Whether the reason states something of the product's own: one of its attribute values or tags
     * as written, or a phrase of its description
     * ({@value #PHRASE} Chinese characters, or two words in a row).
     */
    static boolean cites(String reason, JsonNode product) {
        if (reason == null || reason.isBlank() || product == null) {
            return false;
        }
        String said = reason.toLowerCase(Locale.ROOT);
        List<String> facts = new ArrayList<>();
        product.path("attributes").properties().forEach(attribute -> facts.add(attribute.getValue().asString()));
        product.path("tags").forEach(tag -> facts.add(tag.asString()));
        for (String fact : facts) {
            String value = fact.strip().toLowerCase(Locale.ROOT);
            if (value.length() >= 2 && said.contains(value)) {
                return true;
            }
        }
        // the name alone is no reason: a phrase counts from the description, which says what the product is for
        String text = product.path("description").asString("").toLowerCase(Locale.ROOT);
        Matcher han = HAN.matcher(said);
        while (han.find()) {
            String run = han.group();
            for (int start = 0; start + PHRASE <= run.length(); start++) {
                if (text.contains(run.substring(start, start + PHRASE))) {
                    return true;
                }
            }
        }
        List<String> words = new ArrayList<>();
        Matcher latin = LATIN.matcher(said);
        while (latin.find()) {
            words.add(latin.group());
        }
        // two or more words in a row, as the product's text has them: "light roast", not "the"
        for (int i = 0; i + 1 < words.size(); i++) {
            String phrase = words.get(i) + " " + words.get(i + 1);
            if (phrase.length() >= 2 * PHRASE && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])").matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
