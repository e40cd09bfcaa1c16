package io.kefu.channel.internal;

/**
 * The outbound side of one kind of channel: how a message (or a change of who serves the customer)
 * reaches the customer on that platform. Adding a channel is one adapter and one inbound controller.
 */
interface ChannelAdapter {

    /** The channel type this adapter serves: wechat-oa, wecom-kf or webhook. */
    String type();

    /** Delivers one item; returns normally only once the platform accepted it. */
    void deliver(ChannelConfig channel, Recipient to, OutboundItem item) throws DeliveryFailure;

    /** Where an outbound item goes: the customer's id on the channel and, for WeCom, the service account. */
    record Recipient(String conversationId, String externalUserId, String account) {
    }
}
