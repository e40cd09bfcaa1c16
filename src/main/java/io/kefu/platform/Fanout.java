package io.kefu.platform;

import java.util.function.BiConsumer;

/**
 * Carries live frames to every node that may hold a client they are for: in process on a single
 * node, over Redis pub/sub ({@code kefu.cluster.redis=true}) when several nodes share the load.
 * A frame travels on a topic with a key saying whom it is for (a conversation, an agent).
 */
public interface Fanout {

    void publish(String topic, String key, String frame);

    /** Registers this node's delivery of the topic's frames to its own clients; once per topic. */
    void subscribe(String topic, BiConsumer<String, String> delivery);
}
