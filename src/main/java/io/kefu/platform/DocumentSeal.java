package io.kefu.platform;

/**
 * Keeps the documents of a {@link DocumentTable} encrypted at rest. Implemented by the privacy
 * module, which holds the keys; declared here because the table that calls it is a platform type.
 */
public interface DocumentSeal {

    /** The stored form of a clear document, under the current key. Never returns null. */
    String sealDocument(String document);

    /**
     * The clear document of a stored one. A document stored in clear before sealing began comes back
     * as it is; one sealed under a key this node lacks throws {@link IllegalStateException}: that is a
     * configuration error, not a missing record.
     */
    String openDocument(String stored);

    /** The id of the key {@link #sealDocument} uses, kept beside each sealed document. */
    String currentKeyId();
}
