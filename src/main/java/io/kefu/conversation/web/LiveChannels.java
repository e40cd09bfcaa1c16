package io.kefu.conversation.web;

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

/** Chooses the live channel: Redis when {@code kefu.cluster.redis=true}, else in process. */
@Configuration
class LiveChannels {

    static final String TOPIC = "kefu:live";

    @Bean
    @ConditionalOnProperty(name = "kefu.cluster.redis", havingValue = "true")
    LiveChannel redisLiveChannel(StringRedisTemplate redis, RedisConnectionFactory connections) {
        return new RedisLiveChannel(redis, connections);
    }

    @Bean
    @ConditionalOnProperty(name = "kefu.cluster.redis", havingValue = "false", matchIfMissing = true)
    LiveChannel localLiveChannel() {
        return new LiveChannel() {

            private volatile BiConsumer<String, String> delivery = (id, frame) -> { };

            @Override
            public void publish(String conversationId, String frame) {
                delivery.accept(conversationId, frame);
            }

            @Override
            public void subscribe(BiConsumer<String, String> delivery) {
                this.delivery = delivery;
            }
        };
    }

    /** Every node publishes to and listens on one topic; each message is "conversationId\nframe". */
    static final class RedisLiveChannel implements LiveChannel, DisposableBean {

        private final StringRedisTemplate redis;
        private final RedisMessageListenerContainer container = new RedisMessageListenerContainer();

        RedisLiveChannel(StringRedisTemplate redis, RedisConnectionFactory connections) {
            this.redis = redis;
            container.setConnectionFactory(connections);
            container.afterPropertiesSet();
            container.start();
        }

        @Override
        public void publish(String conversationId, String frame) {
            redis.convertAndSend(TOPIC, conversationId + "\n" + frame);
        }

        @Override
        public void subscribe(BiConsumer<String, String> delivery) {
            container.addMessageListener((message, pattern) -> {
                String body = new String(message.getBody(), StandardCharsets.UTF_8);
                int newline = body.indexOf('\n');
                delivery.accept(body.substring(0, newline), body.substring(newline + 1));
            }, new ChannelTopic(TOPIC));
        }

        @Override
        public void destroy() throws Exception {
            container.destroy();
        }
    }
}
