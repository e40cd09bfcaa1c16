package io.kefu.privacy;

/**
 * A store of personal data sealed at rest by {@link PersonalDataSeal}. After the key changes, the
 * privacy module's re-encryption pass calls {@link #resealNext} in small batches until it returns
 * 0, so that retired keys can eventually be dropped; reads work all along.
 */
public interface Resealable {

    /** What is resealed, for the log ("customers and orders"). */
    String name();

    /**
     * Rewrites up to {@code batch} records held in clear or under a retired key under the current
     * key. A record that was changed meanwhile is left alone (its writer sealed it already).
     *
     * @return how many such records it found; 0 when every record is under the current key
     */
    int resealNext(int batch);
}
