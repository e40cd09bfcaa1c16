package io.kefu;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test against the whole service started on a random port, once the service is ready. The
 * database is an in-memory H2 by default; the service-backed CI run points {@code KEFU_TEST_DB_URL}
 * at the real PostgreSQL, so the same tests prove both. Every such context keeps its trained models
 * in the same data directory, so only the first one trains them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${KEFU_TEST_DB_URL:jdbc:h2:mem:kefu-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE}",
        "spring.datasource.username=${KEFU_TEST_DB_USER:sa}",
        "spring.datasource.password=${KEFU_TEST_DB_PASSWORD:}",
        "kefu.data-dir=" + ServiceTest.DATA_DIR,
        "kefu.security.admin-token=" + ServiceTest.ADMIN,
        "kefu.security.identity-secret=" + ServiceTest.IDENTITY_SECRET,
        "kefu.privacy.encryption-key=" + ServiceTest.ENCRYPTION_KEY,
        "kefu.security.conversations-per-minute-per-client=100000",
        // rehearsing a few hundred turns costs a context 15–25 s on a busy 2-core machine; TurnWarmUpTests turns it on
        "kefu.readiness.warm-up-turns=0",
        "logging.level.io.kefu=DEBUG" })
@ExtendWith(AwaitReadiness.class)
public @interface ServiceTest {

    String ADMIN = "test-admin-token";

    /** Shared by every service test's context: the first one trains the models, the others load them. */
    String DATA_DIR = "target/test-data";
    /** The key tests sign shoppers' ids with, as a merchant's server does ({@link ApiClient#openAs}). */
    String IDENTITY_SECRET = "test-identity-secret";
    /**
     * The key personal data is encrypted with at rest: the same for every context and node on the
     * shared test database, as a cluster shares one, whatever their data directories.
     */
    String ENCRYPTION_KEY = "test-encryption-key";
}
