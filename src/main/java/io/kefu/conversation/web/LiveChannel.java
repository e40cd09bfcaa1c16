package io.kefu.conversation.web;

import java.util.function.BiConsumer;

/**
 * Carries live frames to every node that may hold a client of the conversation: in process for a
 * single node, over Redis pub/sub when several nodes share the load.
 */
interface LiveChannel {

    void publish(String conversationId, String frame);

    /** Registers the node's delivery to its own clients; called once. */
    void subscribe(BiConsumer<String, String> delivery);
}
