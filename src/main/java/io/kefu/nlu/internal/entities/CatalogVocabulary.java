package io.kefu.nlu.internal.entities;

import java.util.List;

/**
 * The live catalog as entity extraction sees it. Implemented by the application over the commerce
 * module, so that a product upserted through the API is recognised in the very next message.
 *
 * <p>Contract: return an immutable snapshot, and the <em>same instance</em> for as long as the
 * catalog is unchanged. The matcher builds its indexes once per snapshot instance (compared by
 * identity), so a new list on every call would rebuild them for every message, and a mutated list
 * would go unnoticed. Must be thread-safe and cheap to call.
 */
@FunctionalInterface
public interface CatalogVocabulary {

    /** An empty catalog: no products, brands or categories are recognised. */
    CatalogVocabulary EMPTY = List::of;

    /** The current snapshot; never null. */
    List<CatalogProduct> products();
}
