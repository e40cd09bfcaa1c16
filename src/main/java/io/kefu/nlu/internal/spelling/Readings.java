package io.kefu.nlu.internal.spelling;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/** How a word of Chinese characters is read aloud, without tones: every reading of a character that has several ("行": xing, hang). */
final class Readings {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    /** A word of characters with many readings would make too many combinations to be worth it. */
    private static final int MAX_READINGS = 8;

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Readings() {
    }

    static Set<String> of(String word) {
        List<String> readings = List.of("");
        for (char c : word.toCharArray()) {
            String[] ofChar;
            try {
                ofChar = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            }
            catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException(e);
            }
            if (ofChar == null || ofChar.length == 0) {
                return Set.of();
            }
            List<String> longer = new ArrayList<>();
            for (String prefix : readings) {
                for (String reading : new LinkedHashSet<>(List.of(ofChar))) {
                    if (longer.size() < MAX_READINGS) {
                        longer.add(prefix + reading);
                    }
                }
            }
            readings = longer;
        }
        return new LinkedHashSet<>(readings);
    }
}
