package io.kefu.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import io.kefu.commerce.Product;
import io.kefu.commerce.StoreSettings;
import io.kefu.knowledge.FaqEntry;
import io.kefu.knowledge.StaleEntry;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Staleness: literal facts in answers compared with live settings and catalog. */
class StaleClaimsTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theDemoStoresFaqIsConsistentWithTheDemoStore() throws Exception {
        JsonNode store;
        try (InputStream in = new ClassPathResource("demo/store.json").getInputStream()) {
            store = JSON.readTree(in);
        }
        StoreSettings settings = JSON.treeToValue(store.get("settings"), StoreSettings.class);
        List<Product> products = JSON.readValue(JSON.writeValueAsString(store.get("products")), new TypeReference<List<Product>>() { });
        List<FaqEntry> faq = JSON.readValue(JSON.writeValueAsString(store.get("knowledge")), new TypeReference<List<FaqEntry>>() { });
        for (FaqEntry entry : faq) {
            assertThat(StaleClaims.check(entry.answer(), settings, products)).as(entry.id()).isEmpty();
        }
        // the windows and hours are quoted through placeholders, so the demo FAQ follows changed settings
        StoreSettings changed = new StoreSettings(settings.storeName(), "CNY", "zh", 14, 15, 15, new BigDecimal("99"),
                new StoreSettings.BusinessHours("08:00", "20:00", "Asia/Shanghai"));
        List<String> flagged = faq.stream().filter(entry -> !StaleClaims.check(entry.answer(), changed, products).isEmpty())
            .map(FaqEntry::id).toList();
        assertThat(flagged).isEmpty();
    }

    @Test
    void flagsEachKindOfContradiction() {
        StoreSettings settings = new StoreSettings("s", "CNY", "zh", 7, 15, 30, new BigDecimal("199"),
                new StoreSettings.BusinessHours("08:00", "20:00", "Asia/Shanghai"));
        Product phone = new Product("PH-1", "星辰 X9 Pro 5G 手机", "手机", "星辰", new BigDecimal("4599"), 5, null, null, null);
        List<StaleEntry.Issue> issues = StaleClaims.check("订单满 99 元即可包邮。人工客服每天 09:00–22:00 在线。星辰 X9 Pro 5G 现价 4999 元，"
                + "支持 30 天价格保护。", settings, List.of(phone));
        assertThat(issues).extracting(StaleEntry.Issue::fact)
            .containsExactlyInAnyOrder("freeShippingThreshold", "businessHours", "product:PH-1.price");
        assertThat(issues).filteredOn(issue -> issue.fact().equals("product:PH-1.price"))
            .singleElement().satisfies(issue -> assertThat(issue.stated() + "/" + issue.live()).isEqualTo("4999/4599"));
        assertThat(StaleClaims.check("Shipping is free for orders of 99 CNY or more. PH-1 costs ¥4599.", settings, List.of(phone)))
            .extracting(StaleEntry.Issue::fact).containsExactly("freeShippingThreshold");
        assertThat(StaleClaims.check("每实付 1 元获得 1 积分，订单签收 7 天后到账。满 600 元可分期。", settings, List.of(phone))).isEmpty();
    }

    @Test
    void hoursAreTheServicesOnlyInASentenceAboutTheService() {
        StoreSettings settings = new StoreSettings("s", "CNY", "zh", 7, 15, 30, new BigDecimal("199"),
                new StoreSettings.BusinessHours("07:00", "22:00", "Asia/Shanghai"));
        assertThat(StaleClaims.check("在线客服每天 07:00–22:00 在线。配送时段为每天 09:00–21:30。", settings, List.of())).isEmpty();
        assertThat(StaleClaims.check("Customer service is online 07:00-22:00. Deliveries run 09:00-21:30.", settings, List.of())).isEmpty();
        assertThat(StaleClaims.check("配送时段为每天 09:00–21:30。在线客服每天 08:00–22:00 在线。", settings, List.of()))
            .extracting(StaleEntry.Issue::stated).containsExactly("08:00–22:00");
    }
}
