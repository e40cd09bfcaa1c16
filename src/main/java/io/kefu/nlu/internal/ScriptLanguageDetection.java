package io.kefu.nlu.internal;

/**
 * A plain script count: any Chinese character makes text Chinese, unless Latin letters are about
 * as many (then mixed); no Chinese at all is English. A fallback for when no better
 * {@link LanguageDetection} is present, and enough to pick the embedding model.
 */
public final class ScriptLanguageDetection implements LanguageDetection {

    @Override
    public String detect(String text) {
        int han = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        if (han == 0) {
            return latin > 0 ? "en" : "zh";
        }
        return latin >= Math.max(4, han) ? "mixed" : "zh";
    }
}
