package io.kefu.conversation.internal;

import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

import io.kefu.commerce.StoreSettings;
import io.kefu.commerce.StoreSettingsService;
import io.kefu.dialogue.HandoffQueue;
import io.kefu.dialogue.QueueEstimate;

/**
 * Queue position from the conversations waiting for an agent, until the agent desk runs the queue
 * itself. Outside business hours nobody is available, so the customer is told a ticket is left;
 * inside, the wait assumes the average handling time.
 */
@Component
class LocalQueueEstimate implements HandoffQueue {

    private static final long SECONDS_PER_CUSTOMER_AHEAD = 60;

    private final Conversations conversations;
    private final StoreSettingsService settings;

    LocalQueueEstimate(Conversations conversations, StoreSettingsService settings) {
        this.conversations = conversations;
        this.settings = settings;
    }

    @Override
    public QueueEstimate estimateFor(String conversationId, int priority) {
        int position = conversations.queuePosition(conversationId);
        return new QueueEstimate(position, position * SECONDS_PER_CUSTOMER_AHEAD, isOpen(settings.current()));
    }

    static boolean isOpen(StoreSettings store) {
        LocalTime now = ZonedDateTime.now(store.zone()).toLocalTime();
        LocalTime opens = store.businessHours().opens();
        LocalTime closes = store.businessHours().closes();
        // Hours past midnight (e.g. 20:00–02:00) wrap around.
        return opens.isBefore(closes) ? !now.isBefore(opens) && now.isBefore(closes) : !now.isBefore(opens) || now.isBefore(closes);
    }
}
