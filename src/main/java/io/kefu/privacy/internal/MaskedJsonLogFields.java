package io.kefu.privacy.internal;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

import io.kefu.privacy.PiiMasker;

/**
 * For JSON logs ({@code logging.structured.format.console=ecs}): masks personal data in every
 * string field, as {@link MaskedMessageConverter} does for plain-text logs.
 */
public class MaskedJsonLogFields implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, PiiMasker::mask));
    }
}
