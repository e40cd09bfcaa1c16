package io.kefu.nlu.internal.spelling;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How common an English word is, read from the vocabulary of the English embedding model's
 * tokenizer (BERT's WordPiece, shipped inside its Maven jar): a whole word there is a real word,
 * and its position there follows its frequency in English text, the commonest first. So "ways" is
 * a word, more common than most, and "oder" a rare one.
 */
public final class EnglishLexicon {

    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";
    private static final EnglishLexicon NONE = new EnglishLexicon(Map.of());

    private final Map<String, Integer> ranks;

    EnglishLexicon(Map<String, Integer> ranks) {
        this.ranks = Map.copyOf(ranks);
    }

    /** The lexicon of the shipped English model; empty (every word unknown) when its tokenizer is missing. */
    public static EnglishLexicon shipped() {
        try (InputStream in = EnglishLexicon.class.getClassLoader().getResourceAsStream(TOKENIZER)) {
            if (in == null) {
                return NONE;
            }
            JsonNode vocabulary = JsonMapper.builder().build().readTree(in).path("model").path("vocab");
            Map<String, Integer> ranks = new HashMap<>();
            vocabulary.properties().forEach(entry -> {
                String word = entry.getKey();
                if (word.length() > 1 && word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                    ranks.put(word, entry.getValue().asInt());
                }
            });
            return new EnglishLexicon(ranks);
        }
        catch (IOException e) {
            return NONE;
        }
    }

    /** The word's place by frequency (smaller is commoner), if it is an English word. */
    Optional<Integer> rank(String word) {
        return Optional.ofNullable(ranks.get(word));
    }
}
