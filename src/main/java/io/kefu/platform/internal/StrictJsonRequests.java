package io.kefu.platform.internal;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies are read strictly: a field of the wrong type is an error, not a guess. Jackson
 * would otherwise take {@code {"text":123}} as the text "123", {@code {"score":4.5}} as 4 and
 * {@code {"internal":1}} as true. Only what the web layer reads and writes uses this mapper; the
 * application's own (stored documents, flow files) stays as it is.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonRequests {

    /** Takes the JSON converter's place after Spring Boot set its own: the same mapper, made strict. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer strictJsonConverter(JsonMapper applicationMapper) {
        JacksonJsonHttpMessageConverter strict = new JacksonJsonHttpMessageConverter(strict(applicationMapper));
        return converters -> converters.withJsonConverter(strict);
    }

    static JsonMapper strict(JsonMapper mapper) {
        return mapper.rebuild()
            .withCoercionConfig(LogicalType.Textual, text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer, integer -> integer.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, bool -> bool.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .build();
    }
}
