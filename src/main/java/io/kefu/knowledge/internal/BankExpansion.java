package io.kefu.knowledge.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.kefu.knowledge.FaqEntry;

/**
 * Lends a merchant's entry the questions shoppers asked for entries like it in other stores: the
 * paraphrase bank's entries closest to it (by questions and answer together) give their shoppers'
 * questions, which then match the entry too, a little discounted. "买多少才包邮" reaches an entry
 * the merchant wrote as "运费怎么收？" because other stores' shipping-fee entries were asked that way.
 * Figures chosen on the bank itself, each store measured with the other stores' questions only:
 * the {@value #NEIGHBOURS} closest entries at a similarity of at least {@value #SIMILAR}.
 */
final class BankExpansion {

    static final BankExpansion NONE = new BankExpansion(List.of());

    static final double SIMILAR = 0.70;
    static final int NEIGHBOURS = 5;

    private final List<BankEntry> entries;

    private BankExpansion(List<BankEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** One bank entry: its store, space, where it stands, and its shoppers' questions. */
    record BankEntry(String store, String space, float[] representative, List<float[]> paraphrases) {
    }

    /** Embeds the bank (vectors are cached, and shipped for the bank's own texts). */
    static BankExpansion of(List<ParaphraseBank.Store> bank, TextVectors vectors) {
        List<BankEntry> entries = new ArrayList<>();
        for (ParaphraseBank.Store store : bank) {
            for (FaqEntry entry : store.entries()) {
                EntryVectors own = EntryVectorsFactory.of(entry, vectors, NONE, null);
                List<String> asked = store.asked().stream().filter(a -> entry.id().equals(a.entryId())).map(ParaphraseBank.Asked::question).toList();
                entries.add(new BankEntry(store.name(), own.space(), own.representative(), vectors.vectors(asked, entry.language())));
            }
        }
        return new BankExpansion(entries);
    }

    /**
     * The bank's shoppers' questions for the entries closest to this one, in its space.
     *
     * @param excludedStore a bank store left out (the bank measuring itself), or null
     */
    List<float[]> paraphrasesFor(EntryVectors entry, String excludedStore) {
        float[] representative = entry.representative();
        record Near(double similarity, BankEntry entry) {
        }
        List<Near> near = new ArrayList<>();
        for (BankEntry candidate : entries) {
            if (candidate.space().equals(entry.space()) && !candidate.store().equals(excludedStore)) {
                near.add(new Near(TextVectors.dot(representative, candidate.representative()), candidate));
            }
        }
        near.sort(Comparator.comparingDouble(Near::similarity).reversed());
        List<float[]> paraphrases = new ArrayList<>();
        for (Near n : near.subList(0, Math.min(NEIGHBOURS, near.size()))) {
            if (n.similarity() < SIMILAR) {
                break;
            }
            paraphrases.addAll(n.entry().paraphrases());
        }
        return paraphrases;
    }
}
