package io.kefu.platform.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

import io.kefu.platform.Fanout;

/** Chooses the {@link Fanout}: Redis when {@code kefu.cluster.redis=true}, else in process. */
@Configuration(proxyBeanMethods = false)
class FanoutConfiguration {

    @Bean
    @ConditionalOnProperty(name = "kefu.cluster.redis", havingValue = "true")
    Fanout redisFanout(StringRedisTemplate redis, RedisConnectionFactory connections) {
        return new RedisFanout(redis, connections);
    }

    @Bean
    @ConditionalOnProperty(name = "kefu.cluster.redis", havingValue = "false", matchIfMissing = true)
    Fanout localFanout() {
        Map<String, BiConsumer<String, String>> deliveries = new ConcurrentHashMap<>();
        return new Fanout() {

            @Override
            public void publish(String topic, String key, String frame) {
                deliveries.getOrDefault(topic, (k, f) -> { }).accept(key, frame);
            }

            @Override
            public void subscribe(String topic, BiConsumer<String, String> delivery) {
                deliveries.put(topic, delivery);
            }
        };
    }

    /** Every node publishes to and listens on each topic; a message is "key\nframe". */
    static final class RedisFanout implements Fanout, DisposableBean {

        private final StringRedisTemplate redis;
        private final RedisMessageListenerContainer container = new RedisMessageListenerContainer();

        RedisFanout(StringRedisTemplate redis, RedisConnectionFactory connections) {
            this.redis = redis;
            container.setConnectionFactory(connections);
            // frames are delivered in the order they were published: the container's default
            // executor hands each message to a thread of its own, so a bot's reply could reach a
            // client before the customer message it answers
            container.setTaskExecutor(new org.springframework.core.task.SyncTaskExecutor());
            container.afterPropertiesSet();
            container.start();
        }

        @Override
        public void publish(String topic, String key, String frame) {
            redis.convertAndSend(topic, key + "\n" + frame);
        }

        @Override
        public void subscribe(String topic, BiConsumer<String, String> delivery) {
            container.addMessageListener((message, pattern) -> {
                String body = new String(message.getBody(), StandardCharsets.UTF_8);
                int newline = body.indexOf('\n');
                delivery.accept(body.substring(0, newline), body.substring(newline + 1));
            }, new ChannelTopic(topic));
        }

        @Override
        public void destroy() throws Exception {
            container.destroy();
        }
    }
}
