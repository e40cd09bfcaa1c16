package io.kefu.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every module, bound from {@code kefu.*} (environment: {@code KEFU_*}).
 *
 * @param dataDir  where the embedded database, indexes, caches and the generated secrets live
 * @param security token and abuse-protection settings
 * @param demo     whether to seed the demo store on start when the store is empty
 */
@ConfigurationProperties("kefu")
public record KefuSettings(@DefaultValue("./data") Path dataDir, @DefaultValue Security security,
        @DefaultValue("false") boolean demo) {

    /**
     * @param adminToken                       fixed admin token; generated and persisted when empty
     * @param identitySecret                   key of the shoppers' {@code customerHash}; generated and
     *                                         persisted when empty
     * @param conversationsPerMinutePerClient  how many conversations one client address may open
     *                                         per minute
     * @param messageBurstPerConversation      how many messages a conversation takes in a row before
     *                                         its rate applies
     * @param messagesPerMinutePerConversation how many messages a conversation takes per minute
     *                                         after a burst
     * @param failedLoginsPerHourPerUser       wrong passwords one username may see per hour
     * @param failedLoginsPerHourPerClient     failed logins one client address may make per hour
     * @param maxRequestBytes                  largest request body accepted (store imports)
     * @param maxMessageRequestBytes           largest request body on the customer-facing endpoints
     */
    public record Security(String adminToken, String identitySecret, @DefaultValue("30") int conversationsPerMinutePerClient,
            @DefaultValue("10") int messageBurstPerConversation, @DefaultValue("60") int messagesPerMinutePerConversation,
            @DefaultValue("10") int failedLoginsPerHourPerUser, @DefaultValue("30") int failedLoginsPerHourPerClient,
            @DefaultValue("16777216") long maxRequestBytes, @DefaultValue("65536") long maxMessageRequestBytes) {
    }
}
