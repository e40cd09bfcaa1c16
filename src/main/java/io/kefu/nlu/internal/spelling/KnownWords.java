package io.kefu.nlu.internal.spelling;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The words spelling is repaired towards: the shipped training sentences, and the live catalog's
 * product names, brands and categories, so a store's own words are known too. The repair is rebuilt
 * only when the catalog snapshot changes.
 */
public final class KnownWords implements Supplier<SpellingRepair> {

    private final List<String> shipped;
    private final Supplier<List<String>> catalog;
    private final AtomicReference<Built> built = new AtomicReference<>();
    private final EnglishLexicon english = EnglishLexicon.shipped();
    private final ChineseLexicon chinese = new ChineseLexicon();

    /** @param catalog the catalog's words, the same list instance for as long as the catalog is unchanged */
    public KnownWords(List<String> shipped, Supplier<List<String>> catalog) {
        this.shipped = List.copyOf(shipped);
        this.catalog = catalog;
    }

    @Override
    public SpellingRepair get() {
        List<String> words = catalog.get();
        Built current = built.get();
        if (current != null && current.catalog() == words) {
            return current.repair();
        }
        Built fresh = new Built(words, new SpellingRepair(shipped, words, english, chinese));
        built.set(fresh);
        return fresh.repair();
    }

    private record Built(List<String> catalog, SpellingRepair repair) {
    }
}
