package io.kefu.nlu.internal.spelling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Whether a few characters make one Chinese word: the dictionary of Lucene's smart Chinese
 * segmenter (shipped in its Maven jar) reads them as one word. "提供", "户外", "下班" are words
 * however rarely the shipped examples use them; "推货" is two characters side by side.
 */
public final class ChineseLexicon {

    /** Words asked about are few and recur; the bound only keeps a flood of odd text from growing it. */
    private static final int REMEMBERED = 100_000;

    private final SmartChineseAnalyzer segmenter = new SmartChineseAnalyzer();
    private final Map<String, Boolean> words = new ConcurrentHashMap<>();

    public boolean isWord(String characters) {
        Boolean known = words.get(characters);
        if (known != null) {
            return known;
        }
        boolean word = segmentsWhole(characters);
        if (words.size() < REMEMBERED) {
            words.put(characters, word);
        }
        return word;
    }

    /** For each character of the run, whether the segmenter reads it as a word of its own rather than as part of a longer one. */
    public boolean[] standAlone(String run) {
        boolean[] alone = new boolean[run.length()];
        try (TokenStream tokens = segmenter.tokenStream("", run)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (term.length() == 1 && offset.startOffset() < alone.length) {
                    alone[offset.startOffset()] = true;
                }
            }
            tokens.end();
            return alone;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean segmentsWhole(String characters) {
        try (TokenStream tokens = segmenter.tokenStream("", characters)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            boolean whole = tokens.incrementToken() && characters.contentEquals(term) && !tokens.incrementToken();
            tokens.end();
            return whole;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
