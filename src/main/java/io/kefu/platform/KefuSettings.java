package io.kefu.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every module, bound from {@code kefu.*} (environment: {@code KEFU_*}).
 *
 * @param dataDir  where the embedded database, indexes, caches and the generated admin token live
 * @param security token and abuse-protection settings
 * @param demo     whether to seed the demo store on start when the store is empty
 */
@ConfigurationProperties("kefu")
public record KefuSettings(@DefaultValue("./data") Path dataDir, @DefaultValue Security security,
        @DefaultValue("false") boolean demo) {

    /**
     * @param adminToken                      fixed admin token; generated and persisted when empty
     * @param conversationsPerMinutePerClient how many conversations one client address may open
     *                                        per minute
     * @param maxRequestBytes                 largest request body accepted (store imports)
     * @param maxMessageRequestBytes          largest request body on the customer-facing endpoints
     */
    public record Security(String adminToken, @DefaultValue("30") int conversationsPerMinutePerClient,
            @DefaultValue("16777216") long maxRequestBytes, @DefaultValue("65536") long maxMessageRequestBytes) {
    }
}
