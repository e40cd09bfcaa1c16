package io.kefu.recommendation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kefu.commerce.Product;

/** Accessories and refills found from the catalogue's own data, and what is not one. */
class CatalogueRelationsTests {

    private static Product product(String sku, String name, String category, int price, String description, List<String> tags,
            Map<String, Object> attributes) {
        return new Product(sku, name, category, "Acme", BigDecimal.valueOf(price), 10, attributes, description, tags);
    }

    private final Product phone = product("P1", "Acme Nova9 手机", "手机", 2999, "6.5 英寸", List.of(), Map.of());
    private final Product otherPhone = product("P2", "Acme Nova8 手机", "手机", 1999, "6.1 英寸", List.of(), Map.of());
    private final Product caseForNova9 = product("C1", "磁吸手机壳", "手机壳", 59, "专为 Nova9 设计", List.of(), Map.of());
    private final Product cableForPhones = product("C2", "快充数据线", "数据线", 29, "1 米", List.of(), Map.of("适用", "手机"));
    private final Product lamp = product("L1", "台灯", "灯具", 199, "护眼，可给手机充电", List.of(), Map.of());
    private final Product film = product("F1", "Nova 系列钢化膜", "贴膜", 19, "适用 Nova8", List.of(), Map.of());

    private final CatalogueRelations relations = CatalogueRelations.of(List.of(phone, otherPhone, caseForNova9, cableForPhones, lamp, film));

    @Test
    void aProductNamingAModelIsItsSpecificAccessoryAndOneNamingItsKindFitsEveryProductOfTheKind() {
        assertThat(relations.complementsOf("P1")).containsExactly(new CatalogueRelations.Complement("C1", true),
                new CatalogueRelations.Complement("C2", false));
        assertThat(relations.complementsOf("P2")).containsExactly(new CatalogueRelations.Complement("F1", true),
                new CatalogueRelations.Complement("C2", false));
    }

    @Test
    void theKindNamedOnlyInFreeTextASiblingOrTheDearerPartnerAreNoAccessories() {
        assertThat(relations.complementsOf("P1")).extracting(CatalogueRelations.Complement::sku)
            .as("the lamp mentions phones only in its description; the other phone is of the same kind").doesNotContain("L1", "P2");
        assertThat(relations.complementsOf("C1")).as("the phone is not an accessory of its case").isEmpty();
        assertThat(relations.complementsOf("P2")).extracting(CatalogueRelations.Complement::sku)
            .as("a phone case (kind 手机壳) made for the Nova9 does not fit the Nova8").doesNotContain("C1");
    }

    @Test
    void aWordSharedByProductsOfTheSameKindIdentifiesNoneOfThem() {
        Product a = product("A", "Acme Nova 手机", "手机", 2999, "", List.of(), Map.of());
        Product b = product("B", "Acme Nova Pro 手机", "手机", 3999, "", List.of(), Map.of());
        Product bag = product("G", "Nova 收纳包", "包", 99, "", List.of(), Map.of());
        assertThat(CatalogueRelations.of(List.of(a, b, bag)).complementsOf("A")).isEmpty();
    }
}
