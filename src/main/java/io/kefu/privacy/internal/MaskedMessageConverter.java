package io.kefu.privacy.internal;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

import io.kefu.privacy.PiiMasker;

/**
 * Logback's {@code %msg} with personal data masked, so that no log line holds a clear phone,
 * ID-card, bank-card number or e-mail address, whatever code logged it.
 */
public class MaskedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PiiMasker.mask(super.convert(event));
    }
}
