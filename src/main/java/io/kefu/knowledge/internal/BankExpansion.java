package io.kefu.knowledge.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** One bank entry: its store, space, topic (null if none), where it stands, and its shoppers' questions. */
    record BankEntry(String store, String space, String topic, float[] representative, List<float[]> paraphrases) {
    }

    /**
     * What the bank lends an entry: its shoppers' questions for the entries closest to it, the topics
     * of those entries, and the questions asked in the other language for entries on those topics,
     * in the other language's space.
     */
    record Lending(List<float[]> paraphrases, Set<String> topics, List<float[]> across) {
    }

    /** Embeds the bank (vectors are cached, and shipped for the bank's own texts). */
    static BankExpansion of(List<ParaphraseBank.Store> bank, TextVectors vectors) {
        List<BankEntry> entries = new ArrayList<>();
        for (ParaphraseBank.Store store : bank) {
            for (FaqEntry entry : store.entries()) {
                EntryVectors own = EntryVectorsFactory.of(entry, vectors, NONE, null);
                List<String> asked = store.asked().stream().filter(a -> entry.id().equals(a.entryId())).map(ParaphraseBank.Asked::question).toList();
                entries.add(new BankEntry(store.name(), own.space(), entry.category(), own.representative(),
                        vectors.vectors(asked, entry.language())));
            }
        }
        return new BankExpansion(entries);
    }

    /**
     * What the bank lends this entry: the questions of the entries closest to it in its space, their
     * topics, and the other language's questions on those topics.
     *
     * @param excludedStore a bank store left out (the bank measuring itself), or null
     */
    Lending lend(EntryVectors entry, String excludedStore) {
        List<BankEntry> near = nearest(entry, excludedStore);
        List<float[]> paraphrases = new ArrayList<>();
        Set<String> topics = new HashSet<>();
        for (BankEntry n : near) {
            paraphrases.addAll(n.paraphrases());
            if (n.topic() != null) {
                topics.add(n.topic());
            }
        }
        List<float[]> across = new ArrayList<>();
        for (BankEntry candidate : entries) {
            if (!candidate.space().equals(entry.space()) && !candidate.store().equals(excludedStore) && topics.contains(candidate.topic())) {
                across.addAll(candidate.paraphrases());
            }
        }
        return new Lending(paraphrases, topics, across);
    }

    /** The {@value #NEIGHBOURS} bank entries of the entry's space closest to it, at a similarity of at least {@value #SIMILAR}. */
    private List<BankEntry> nearest(EntryVectors entry, String excludedStore) {
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
        return near.stream().limit(NEIGHBOURS).takeWhile(n -> n.similarity() >= SIMILAR).map(Near::entry).toList();
    }
}
