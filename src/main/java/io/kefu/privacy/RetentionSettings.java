package io.kefu.privacy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long customer records are kept, bound from {@code kefu.privacy.retention.*}; a daily job
 * anonymises or deletes what is older. Conversations still open are never cut.
 *
 * @param transcriptsDays days a closed conversation's transcript is kept
 * @param attachmentsDays days an attached file is kept
 * @param analysesDays    days the analysis of a message (intent, emotion, entities) and the
 *                        unanswered-question list keep what was derived from it
 * @param runEvery        how often the job runs
 */
@ConfigurationProperties("kefu.privacy.retention")
public record RetentionSettings(@DefaultValue("365") int transcriptsDays, @DefaultValue("90") int attachmentsDays,
        @DefaultValue("365") int analysesDays, @DefaultValue("1d") Duration runEvery) {
}
