package io.kefu.platform.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies are read strictly: a field of the wrong type is an error, not a guess. Jackson
 * would otherwise take {@code {"text":123}} as the text "123", {@code {"score":4.5}} as 4 and
 * {@code {"internal":1}} as true. Only bodies of HTTP requests are read this way; the application's
 * own mapper (stored documents, flow files) stays as it is.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonRequests {

    /** Takes the place of Spring Boot's JSON converter, with the same mapper made strict. */
    @Bean
    JacksonJsonHttpMessageConverter jacksonJsonHttpMessageConverter(JsonMapper applicationMapper) {
        return new JacksonJsonHttpMessageConverter(strict(applicationMapper));
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
