package io.kefu.platform.internal;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Acknowledged writes survive a crash on a file-based H2 database (the embedded default). An
 * in-memory database loses everything anyway, and PostgreSQL has written a commit to its log
 * before the commit returns.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseDurability.OnH2File.class)
class EmbeddedDatabaseDurability {

    @Bean(destroyMethod = "close")
    H2Checkpoints h2Checkpoints(DataSource dataSource) {
        return new H2Checkpoints(dataSource);
    }

    @Bean
    DurableWriteResponses durableWriteResponses(H2Checkpoints checkpoints, ProblemWriter problems) {
        return new DurableWriteResponses(checkpoints, problems);
    }

    static final class OnH2File implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url", "");
            return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
        }
    }
}
