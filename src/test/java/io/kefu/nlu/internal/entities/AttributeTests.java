package io.kefu.nlu.internal.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributeTests {

    private final EntityExtractor plain = Fixtures.withoutCatalog();
    private final EntityExtractor store = Fixtures.extractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            有蓝色的吗                  | color            | 蓝色
            想要深蓝色                  | color            | 深蓝色
            do you have it in navy blue | color            | navy blue
            black please                | color            | black
            XL有吗                      | size             | XL
            L码还有吗                   | size             | L
            42码的                      | size             | 42
            我平时穿42的                | size             | 42
            size 10                     | size             | 10
            size M                      | size             | M
            要防水的                    | waterproof       | true
            不需要防水                  | waterproof       | false
            IP68吗                      | waterproof       | IP68
            is it waterproof            | waterproof       | true
            支持快充吗                  | fastCharge       | true
            65W快充                     | fastCharge       | 65W
            fast charging please        | fastCharge       | true
            续航长一点的                | battery          | long
            long battery life           | battery          | long
            5000mAh的                   | battery          | 5000
            轻薄一点                    | weight           | light
            lightweight laptop          | weight           | light
            大容量的                    | capacity         | large
            8G内存                      | memory           | 8GB
            256G的                      | storage          | 256GB
            1TB                         | storage          | 1TB
            6.7寸屏幕                   | screenSize       | 6.7
            55 inch tv                  | screenSize       | 55
            降噪耳机                    | noiseCancelling  | true
            noise cancelling            | noiseCancelling  | true
            """)
    void findsAttributeConstraints(String text, String key, String value) {
        Map<String, Object> attributes = attributes(plain.extract(text, "zh"));
        assertThat(attributes.get(key)).asString().isEqualTo(value);
    }

    @Test
    void memoryAndStorageTogether() {
        assertThat(attributes(plain.extract("12+256的有吗", "zh"))).containsEntry("memory", "12GB")
                .containsEntry("storage", "256GB");
        assertThat(plain.extract("12+256的有吗", "zh")).doesNotContainKeys("money", "priceRange", "quantity");
    }

    @Test
    void usesTheCatalogsOwnKeys() {
        Map<String, Object> attributes = attributes(store.extract("有没有蓝色 42码 5000mAh", "zh"));
        assertThat(attributes).containsEntry("颜色", "蓝色").containsEntry("尺码", "42").containsEntry("batteryMah", 5000);
    }

    @Test
    void aWishInWordsDoesNotGoUnderANumericKey() {
        // the catalog keeps "batteryMah": 5000, which "long" could not be compared with
        assertThat(attributes(store.extract("续航长的手机", "zh"))).containsEntry("battery", "long").doesNotContainKey("batteryMah");
    }

    @Test
    void takesValuesTheCatalogUses() {
        assertThat(attributes(store.extract("雅川青还有吗", "zh"))).containsEntry("颜色", "雅川青");
        assertThat(attributes(store.extract("graphite one", "en"))).containsEntry("color", "Graphite");
    }

    @Test
    void theNetworkIsNotStorage() {
        assertThat(plain.extract("5G手机", "zh")).doesNotContainKey("attributes");
    }

    @Test
    void sizesAreNotMoneyOrQuantity() {
        assertThat(plain.extract("42码 两双", "zh")).containsEntry("quantity", 2).doesNotContainKeys("money", "priceRange");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> attributes(Map<String, Object> entities) {
        assertThat(entities).containsKey("attributes");
        return (Map<String, Object>) entities.get("attributes");
    }
}
