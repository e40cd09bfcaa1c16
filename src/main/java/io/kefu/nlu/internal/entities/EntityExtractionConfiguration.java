package io.kefu.nlu.internal.entities;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.kefu.nlu.internal.EntityExtraction;

/**
 * Wires {@link EntityExtractor} into the application. The catalog, the known order ids and the clock
 * are optional beans: without them, products are not recognised, only the configured format and long
 * digit strings count as order ids, and dates are resolved in {@code kefu.nlu.entities.zone}.
 */
@Configuration(proxyBeanMethods = false)
class EntityExtractionConfiguration {

    @Bean
    EntityExtraction entityExtraction(ObjectProvider<CatalogVocabulary> catalog, ObjectProvider<KnownOrderIds> orderIds,
            ObjectProvider<Clock> clock, @Value("${kefu.nlu.entities.order-id-pattern:}") String orderIdPattern,
            @Value("${kefu.nlu.entities.order-id-min-digits:10}") int orderIdMinDigits,
            @Value("${kefu.nlu.entities.zone:Asia/Shanghai}") String zone) {
        return new EntityExtractor(catalog.getIfAvailable(() -> CatalogVocabulary.EMPTY),
                orderIds.getIfAvailable(() -> KnownOrderIds.NONE), OrderIdFormat.of(orderIdPattern, orderIdMinDigits),
                clock.getIfAvailable(() -> Clock.system(ZoneId.of(zone))), ordinaryEnglishWords()::contains);
    }

    /** The words of the shipped English training sentences: ordinary words, never typos of a product name. */
    private static java.util.Set<String> ordinaryEnglishWords() {
        java.util.Set<String> words = new java.util.HashSet<>();
        io.kefu.nlu.internal.ShippedExamples.load().stream().filter(example -> "en".equals(example.language()))
            .forEach(example -> java.util.regex.Pattern.compile("[a-z]+").matcher(example.text().toLowerCase(java.util.Locale.ROOT))
                .results().forEach(m -> words.add(m.group())));
        return words;
    }
}
