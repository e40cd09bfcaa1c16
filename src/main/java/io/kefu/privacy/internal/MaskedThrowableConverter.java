package io.kefu.privacy.internal;

import ch.qos.logback.classic.spi.IThrowableProxy;

import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

import io.kefu.privacy.PiiMasker;

/**
 * Spring Boot's {@code %wEx} (the stack trace after a log line) with personal data masked: an
 * exception's message may quote the value that failed (a database error quotes the whole row).
 */
public class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return PiiMasker.mask(super.throwableProxyToString(throwable));
    }
}
