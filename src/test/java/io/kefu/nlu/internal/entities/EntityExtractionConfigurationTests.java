package io.kefu.nlu.internal.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.kefu.nlu.internal.EntityExtraction;

class EntityExtractionConfigurationTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(EntityExtractionConfiguration.class);

    @Test
    void worksWithoutCatalogOrOrders() {
        context.run(app -> assertThat(app.getBean(EntityExtraction.class).extract("订单1234567890 99元", "zh"))
                .containsEntry("orderId", "1234567890").containsEntry("money", 99L));
    }

    @Test
    void usesTheApplicationsCatalogOrdersClockAndFormat() {
        context.withBean(CatalogVocabulary.class, () -> () -> Fixtures.PRODUCTS)
                .withBean(KnownOrderIds.class, () -> Fixtures.ORDER_IDS::contains)
                .withBean(Clock.class, () -> Fixtures.SATURDAY)
                .withPropertyValues("kefu.nlu.entities.order-id-pattern=JD\\d{6}")
                .run(app -> {
                    EntityExtraction extraction = app.getBean(EntityExtraction.class);
                    assertThat(extraction.extract("E1001 昨天的 iphone 15", "zh")).containsEntry("orderId", "E1001")
                            .containsEntry("date", "2026-11-20").containsEntry("sku", "KF-PH-003");
                    assertThat(extraction.extract("JD123456", "zh")).containsEntry("orderId", "JD123456");
                });
    }
}
