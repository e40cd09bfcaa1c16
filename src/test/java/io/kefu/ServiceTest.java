package io.kefu;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test against the whole service started on a random port. The database is an in-memory H2 by
 * default; the service-backed CI run points {@code KEFU_TEST_DB_URL} at the real PostgreSQL, so
 * the same tests prove both.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${KEFU_TEST_DB_URL:jdbc:h2:mem:kefu-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE}",
        "spring.datasource.username=${KEFU_TEST_DB_USER:sa}",
        "spring.datasource.password=${KEFU_TEST_DB_PASSWORD:}",
        "kefu.data-dir=target/test-data",
        "kefu.security.admin-token=" + ServiceTest.ADMIN,
        "kefu.security.identity-secret=" + ServiceTest.IDENTITY_SECRET,
        "kefu.security.conversations-per-minute-per-client=100000",
        "kefu.emotion.background-training=false",
        "logging.level.io.kefu=DEBUG" })
public @interface ServiceTest {

    String ADMIN = "test-admin-token";

    /** The key tests sign shoppers' ids with, as a merchant's server does ({@link ApiClient#openAs}). */
    String IDENTITY_SECRET = "test-identity-secret";
}
