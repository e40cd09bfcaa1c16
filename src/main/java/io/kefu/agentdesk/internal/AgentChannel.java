package io.kefu.agentdesk.internal;

import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Carries live frames for agents to every node that may hold the agent's socket: in process on a
 * single node, over Redis pub/sub ({@code kefu.cluster.redis=true}) when several nodes share the load.
 * The target is an agent's username, or {@link #EVERYONE}.
 */
interface AgentChannel {

    String EVERYONE = "*";

    void publish(String target, String frame);

    /** Registers the node's delivery to its own sockets; called once. */
    void subscribe(BiConsumer<String, String> delivery);

    @Configuration
    class Choice {

        static final String TOPIC = "kefu:agentdesk";

        @Bean
        @ConditionalOnProperty(name = "kefu.cluster.redis", havingValue = "true")
        AgentChannel redisAgentChannel(StringRedisTemplate redis, RedisConnectionFactory connections) {
            return new RedisAgentChannel(redis, connections);
        }

        @Bean
        @ConditionalOnProperty(name = "kefu.cluster.redis", havingValue = "false", matchIfMissing = true)
        AgentChannel localAgentChannel() {
            return new AgentChannel() {

                private volatile BiConsumer<String, String> delivery = (target, frame) -> { };

                @Override
                public void publish(String target, String frame) {
                    delivery.accept(target, frame);
                }

                @Override
                public void subscribe(BiConsumer<String, String> delivery) {
                    this.delivery = delivery;
                }
            };
        }
    }

    /** Every node publishes to and listens on one topic; each message is "target\nframe". */
    final class RedisAgentChannel implements AgentChannel, DisposableBean {

        private final StringRedisTemplate redis;
        private final RedisMessageListenerContainer container = new RedisMessageListenerContainer();

        RedisAgentChannel(StringRedisTemplate redis, RedisConnectionFactory connections) {
            this.redis = redis;
            container.setConnectionFactory(connections);
            container.afterPropertiesSet();
            container.start();
        }

        @Override
        public void publish(String target, String frame) {
            redis.convertAndSend(Choice.TOPIC, target + "\n" + frame);
        }

        @Override
        public void subscribe(BiConsumer<String, String> delivery) {
            container.addMessageListener((message, pattern) -> {
                String body = new String(message.getBody(), StandardCharsets.UTF_8);
                int newline = body.indexOf('\n');
                delivery.accept(body.substring(0, newline), body.substring(newline + 1));
            }, new ChannelTopic(Choice.TOPIC));
        }

        @Override
        public void destroy() throws Exception {
            container.destroy();
        }
    }
}
