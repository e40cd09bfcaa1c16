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

    private final Map<String, List<String>> chinese;

    AttributeLabels() {
        this(read());
    }

    AttributeLabels(Map<String, List<String>> chinese) {
        this.chinese = chinese;
    }

    /** A readable name of the key: "weightKg" → "重量 kg" / "weight kg"; a Chinese key as it is. */
    String label(String key, String language) {
        if (CJK.matcher(key).find()) {
            return key;
        }
        List<String> words = words(key);
        if ("en".equals(language)) {
            return String.join(" ", words);
        }
        StringBuilder label = new StringBuilder();
        for (String word : words) {
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

    private static List<String> words(String key) {
        List<String> words = new ArrayList<>();
        for (String part : WORD_BREAK.split(key)) {
            if (!part.isBlank()) {
                words.add(part.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static Map<String, List<String>> read() {
        try (InputStream in = new ClassPathResource("dialogue/attribute-words.csv").getInputStream()) {
            Map<String, List<String>> glossary = new HashMap<>();
            for (Map<String, String> row : CsvFile.read(in)) {
                glossary.put(row.get("word").strip().toLowerCase(Locale.ROOT), List.of(row.get("zh").strip().split("\\|")));
            }
            return glossary;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read dialogue/attribute-words.csv", e);
        }
    }
}
