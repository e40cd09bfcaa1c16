package io.kefu.conversation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A conversation with its latest messages (API §2): at most {@link #LATEST_MESSAGES}, so that a
 * long transcript never makes one huge response; older ones are read page by page. {@code channel}
 * is the door the customer came through (web, api, wechat-oa, wecom-kf, webhook) and
 * {@code externalUserId} their id on an external channel (null on web and api).
 */
public record ConversationView(String id, String customerId, Mode mode, String language, OffsetDateTime createdAt,
        List<Message> messages, Handoff handoff, Rating rating, String channel, String externalUserId) {

    /** The most messages one read returns: the latest ones of a view, or one page of a transcript. */
    public static final int LATEST_MESSAGES = 200;

    public record Rating(int score, String comment) {
    }
}
