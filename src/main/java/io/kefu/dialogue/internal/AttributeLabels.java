package io.kefu.dialogue.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import io.kefu.platform.CsvFile;

/**
 * Speaks of product attributes under whatever keys the merchant chose ({@code waterproofRating},
 * {@code suitableFor}, {@code 适用肤质}): a readable label in the reply's language, and the words
 * by which a shopper asks for one. English keys are split into words and each word is looked up in
 * a bilingual glossary of common attribute words ({@code dialogue/attribute-words.csv}); Chinese
 * keys are used as they are.
 */
@Component
class AttributeLabels {

    private static final Pattern WORD_BREAK = Pattern.compile("(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|[_\\-\\s.]+");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final Pattern ENDS_IN_A_DIGIT = Pattern.compile("[0-9]$");

    private final Map<String, List<String>> chinese;
    /** Unit words a key may end in ("weightKg", "shelfLifeMonths"): word → [English, Chinese]. */
    private final Map<String, List<String>> units;

    AttributeLabels() {
        this(read("dialogue/attribute-words.csv", row -> List.of(row.get("zh").strip().split("\\|"))),
                read("dialogue/attribute-units.csv", row -> List.of(row.get("en").strip(), row.get("zh").strip())));
    }

    AttributeLabels(Map<String, List<String>> chinese, Map<String, List<String>> units) {
        this.chinese = chinese;
        this.units = units;
    }

    /**
     * The attribute as a reply states it: "weightKg": 7.8 → "重量：7.8kg" / "weight: 7.8 kg",
     * "shelfLifeMonths": 24 → "保质期：24个月"; the unit a key ends in goes to the value.
     */
    String fact(String key, Object value, String language) {
        boolean english = "en".equals(language);
        String shown = unitOf(key).filter(unit -> takesTheUnit(value))
            .map(unit -> value + (english ? " " + unit.get(0) : unit.get(1))).orElse(String.valueOf(value));
        return label(key, language) + (english ? ": " : "：") + shown;
    }

    /** A number or a range of numbers ("4-8"): the key's unit goes after it; "80-200℃" or "约60天" carry their own. */
    private static boolean takesTheUnit(Object value) {
        return value instanceof Number || ENDS_IN_A_DIGIT.matcher(String.valueOf(value).strip()).find();
    }

    private java.util.Optional<List<String>> unitOf(String key) {
        if (CJK.matcher(key).find()) {
            return java.util.Optional.empty();
        }
        List<String> words = words(key);
        return words.size() < 2 ? java.util.Optional.empty() : java.util.Optional.ofNullable(units.get(words.getLast()));
    }

    /** A readable name of the key: "waterproofRating" → "防水 等级" / "waterproof rating", "weightKg" → "重量"; a Chinese key as it is. */
    String label(String key, String language) {
        if (CJK.matcher(key).find()) {
            return key;
        }
        List<String> words = new ArrayList<>(words(key));
        if (unitOf(key).isPresent()) {
            words.removeLast();
        }
        if ("en".equals(language)) {
            return String.join(" ", words);
        }
        StringBuilder label = new StringBuilder();
        for (String word : joined(words)) {
            List<String> zh = chinese.get(word);
            String part = zh == null ? word : zh.getFirst();
            if (!label.isEmpty() && (zh == null || !CJK.matcher(label.substring(label.length() - 1)).find())) {
                label.append(' ');
            }
            label.append(part);
        }
        return label.toString();
    }

    /**
     * How strongly the question asks for the attribute: the total length of the key's words (and
     * their Chinese glossary words) the question contains; 0 when it names none.
     */
    int askedFor(String key, String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        int strength = 0;
        for (String cue : cues(key)) {
            boolean latin = cue.chars().allMatch(c -> c < 128);
            if (latin ? Pattern.compile("\\b" + Pattern.quote(cue) + "\\b").matcher(lower).find() : lower.contains(cue)) {
                strength += cue.length();
            }
        }
        return strength;
    }

    private Set<String> cues(String key) {
        Set<String> cues = new LinkedHashSet<>();
        if (CJK.matcher(key).find()) {
            cues.add(key.toLowerCase(Locale.ROOT));
            return cues;
        }
        for (String word : words(key)) {
            if (word.length() >= 3) {
                cues.add(word);
            }
            chinese.getOrDefault(word, List.of()).stream().filter(zh -> zh.codePointCount(0, zh.length()) >= 2).forEach(cues::add);
        }
        return cues;
    }

    /** Two words the glossary knows as one term ("shelf life" → 保质期) are taken together. */
    private List<String> joined(List<String> words) {
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (i + 1 < words.size() && chinese.containsKey(words.get(i) + words.get(i + 1))) {
                joined.add(words.get(i) + words.get(i + 1));
                i++;
            }
            else {
                joined.add(words.get(i));
            }
        }
        return joined;
    }

    private static List<String> words(String key) {
        List<String> words = new ArrayList<>();
        for (String part : WORD_BREAK.split(key)) {
            if (!part.isBlank()) {
                words.add(part.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static Map<String, List<String>> read(String resource, java.util.function.Function<Map<String, String>, List<String>> entry) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            Map<String, List<String>> glossary = new HashMap<>();
            for (Map<String, String> row : CsvFile.read(in)) {
                glossary.put(row.get("word").strip().toLowerCase(Locale.ROOT), entry.apply(row));
            }
            return glossary;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
