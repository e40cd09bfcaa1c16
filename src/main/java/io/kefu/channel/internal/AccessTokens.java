package io.kefu.channel.internal;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kefu.platform.DocumentSeal;
import io.kefu.platform.JdbcUpsert;

/**
 * The platforms' access tokens, kept in the database rather than per node: WeChat retires a token
 * a few minutes after a new one is fetched, so nodes each fetching their own would keep voiding each
 * other's, and the platforms cap fetches per day. Sealed at rest, as they open the merchant's account.
 */
@Repository
class AccessTokens {

    private final JdbcClient jdbc;
    private final DocumentSeal seal;

    AccessTokens(JdbcClient jdbc, DocumentSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    /** The token cached under {@code key}, unless it is due for a refresh at {@code now}. */
    Optional<String> valid(String key, OffsetDateTime now) {
        return jdbc.sql("SELECT token FROM channel_tokens WHERE cache_key = :key AND refresh_at > :now").param("key", key).param("now", now)
            .query(String.class).optional().map(seal::openDocument);
    }

    void store(String key, String token, OffsetDateTime refreshAt) {
        try {
            JdbcUpsert.upsert(jdbc, "channel_tokens", "cache_key", Map.of("cache_key", key, "token", seal.sealDocument(token), "refresh_at",
                    refreshAt));
        }
        catch (DuplicateKeyException anotherNode) {
            // another node stored the token it fetched at the same moment; both are valid for now
        }
    }

    /** Forgets a token the platform called invalid or expired; the next call fetches a new one. */
    void drop(String key) {
        jdbc.sql("DELETE FROM channel_tokens WHERE cache_key = :key").param("key", key).update();
    }
}
