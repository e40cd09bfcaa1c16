package io.kefu.nlu.internal.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogMatchingTests {

    private final EntityExtractor extractor = Fixtures.extractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            KF-PH-002 还有货吗                 | KF-PH-002
            kfph002有现货吗                    | KF-PH-002
            我买的iphone 15到哪了               | KF-PH-003
            iPhone15 Pro 有钛金属色吗           | KF-PH-002
            iphnoe 15 pro price                | KF-PH-002
            华为mate60pro还有吗                 | KF-PH-001
            华为 Mate 60 什么时候降价            | KF-PH-001
            那个降噪耳机多少钱                   | KF-EP-001
            sony wh-1000xm5 noise cancelling   | KF-EP-001
            耐克飞马跑步鞋有42码吗               | KF-SH-001
            nike pegasus running shoes         | KF-SH-001
            北面的冲锋衣防水吗                   | KF-JK-001
            手机壳有透明的吗                    | KF-AC-001
            logitech wireles keyboard          | KF-KB-001
            i phone 15 还有吗                  | KF-PH-003
            Is the XM5 black?                  | KF-EP-001
            """)
    void findsTheProductMeant(String text, String sku) {
        Map<String, Object> entities = extractor.extract(text, "zh");
        assertThat(entities).containsEntry("sku", sku);
        assertThat((List<?>) entities.get("products")).first().isEqualTo(sku);
    }

    /**
     * Tags: one in another language than its name that only the product carries names it, unless the
     * message names another kind; one in the name's language ("无烟"), one several carry, or one within
     * another's name is no name.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            what does the Midnight Harbour smell like | CD-OUD
            midnight harbor candle price             | CD-OUD
            这款木质调蜡烛多少钱                         | none
            scented candle for the bedroom           | none
            大豆蜡的还有吗                               | CD-SOY
            无烟的香薰有吗                               | none
            midnight harbour car freshener           | none
            """)
    void aTagOnlyOneProductCarriesIsAnotherNameOfIt(String text, String sku) {
        List<CatalogProduct> candles = List.of(
                new CatalogProduct("CD-OUD", "乌木沉香 香薰蜡烛 200g", "雾岛", "香薰", Map.of(), List.of("木质调", "Midnight Harbour", "scented candle", "无烟")),
                new CatalogProduct("CD-ROSE", "玫瑰晨露 香薰蜡烛 200g", "雾岛", "香薰", Map.of(), List.of("花香调", "scented candle")),
                new CatalogProduct("CD-SOY", "大豆蜡 无香蜡烛 100g", "雾岛", "香薰", Map.of(), List.of("木质调", "大豆蜡")),
                new CatalogProduct("CAR-01", "柑橘 车载香片", "雾岛", "car freshener", Map.of(), List.of()));
        EntityExtractor withTags = new EntityExtractor(() -> candles, id -> false, OrderIdFormat.DEFAULT, Fixtures.SATURDAY);
        Map<String, Object> entities = withTags.extract(text, "zh");
        assertThat(entities.get("sku")).isEqualTo(sku);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            云帆X7吸尘器噪音大吗         | VC-X7
            云帆 x7 多重               | VC-X7
            云帆lite吸尘器能吸猫毛吗     | VC-LT
            轻厨那个8L的空气炸锅多少钱    | AF-8L
            5l的空气炸锅还有吗           | AF-5L
            """)
    void aModelCodeOrSizeWrittenAsOneTokenPicksItsProduct(String text, String sku) {
        List<CatalogProduct> line = List.of(
                new CatalogProduct("VC-X7", "云帆 X7 无线吸尘器", "云帆", "吸尘器", Map.of()),
                new CatalogProduct("VC-LT", "云帆 Lite 手持吸尘器", "云帆", "吸尘器", Map.of()),
                new CatalogProduct("AF-5L", "轻厨可视空气炸锅 5L", "轻厨", "空气炸锅", Map.of()),
                new CatalogProduct("AF-8L", "轻厨可视空气炸锅 8L", "轻厨", "空气炸锅", Map.of()));
        EntityExtractor withLine = new EntityExtractor(() -> line, id -> false, OrderIdFormat.DEFAULT, Fixtures.SATURDAY);

        assertThat(withLine.extract(text, "zh")).containsEntry("sku", sku);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            霜语510那个多宽 我家冰箱位只有85公分 | RF-510
            218的冰箱几级能效               | RF-218
            霜语510那个多宽                 | RF-510
            霜语510那个                    | RF-510
            霜语510L那个                   | RF-510
            """)
    void theNumberOfASizeCodeSaidWithoutItsUnitPicksItsProduct(String text, String sku) {
        List<CatalogProduct> fridges = List.of(
                new CatalogProduct("RF-510", "霜语 510L 十字对开门风冷冰箱", "霜语", "冰箱", Map.of()),
                new CatalogProduct("RF-218", "霜语 218L 三门小冰箱", "霜语", "冰箱", Map.of()));
        EntityExtractor withFridges = new EntityExtractor(() -> fridges, id -> false, OrderIdFormat.DEFAULT, Fixtures.SATURDAY);

        assertThat(withFridges.extract(text, "zh")).containsEntry("sku", sku);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSizeManyProductsShareNamesNoneOfThemHoweverShortItsName() {
        List<CatalogProduct> teas = List.of(
                new CatalogProduct("YZ-50", "福鼎白毫银针 2023 50g", "福鼎", "白茶", Map.of()),
                new CatalogProduct("YZ-100", "福鼎白毫银针 2023 100g", "福鼎", "白茶", Map.of()),
                new CatalogProduct("DH-100", "滇红金芽 100g", null, "红茶", Map.of()),
                new CatalogProduct("LJ-100", "西湖龙井 明前特级 100g", null, "绿茶", Map.of()));
        EntityExtractor withTeas = new EntityExtractor(() -> teas, id -> false, OrderIdFormat.DEFAULT, Fixtures.SATURDAY);

        Map<String, Object> sizeOnly = withTeas.extract("那100g的呢", "zh");
        assertThat(sizeOnly).doesNotContainKey("sku");
        assertThat((List<Object>) sizeOnly.get("products")).contains("YZ-100", "DH-100", "LJ-100");
        assertThat(withTeas.extract("滇红金芽100g多少钱", "zh")).containsEntry("sku", "DH-100");
        assertThat((List<Object>) withTeas.extract("白毫银针50g还有吗", "zh").get("products")).first().isEqualTo("YZ-50");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNameInTwoLanguagesIsNamedInFullByEitherHalf() {
        List<CatalogProduct> shelf = List.of(
                new CatalogProduct("SF-200", "Norwegian Salmon Fillet 挪威三文鱼刺身 200g", null, "Seafood", Map.of()),
                new CatalogProduct("SF-500", "Norwegian Salmon Fillet 挪威三文鱼刺身 500g", null, "Seafood", Map.of()),
                new CatalogProduct("SH-2KG", "Argentine Red Shrimp L1 阿根廷红虾 2kg", null, "Seafood", Map.of()),
                new CatalogProduct("CH-250", "Parmigiano Reggiano 24 Months 帕玛森奶酪 24个月 250g", null, "Cheese", Map.of()),
                new CatalogProduct("CH-200", "Comté AOP 18 Months 孔泰奶酪 18个月 200g", null, "Cheese", Map.of()));
        EntityExtractor withShelf = new EntityExtractor(() -> shelf, id -> false, OrderIdFormat.DEFAULT, Fixtures.SATURDAY);

        assertThat((List<Object>) withShelf.extract("do you have salmon for sashimi", "en").get("products"))
                .containsExactlyInAnyOrder("SF-200", "SF-500");
        assertThat((List<Object>) withShelf.extract("三文鱼有股味道了", "zh").get("products"))
                .containsExactlyInAnyOrder("SF-200", "SF-500");
        assertThat(withShelf.extract("is the red shrimp wild caught", "en")).containsEntry("sku", "SH-2KG");
        assertThat(withShelf.extract("salmon fillet 500g", "en")).containsEntry("sku", "SF-500");
        assertThat(withShelf.extract("do you have red wine", "en")).doesNotContainKeys("sku", "products");
    }

    /** "Years" in "Single Malt 12 Years" measures the whisky; a shopper's "3 years old" measures something else. */
    @Test
    @SuppressWarnings("unchecked")
    void aMeasureWordNamesAProductOnlyWithANumberOfItsName() {
        List<CatalogProduct> cellar = List.of(
                new CatalogProduct("WH-12", "Highland Single Malt 12 Years 高地单一麦芽 12年", null, "Whisky", Map.of()),
                new CatalogProduct("WH-18", "Highland Single Malt 18 Years 高地单一麦芽 18年", null, "Whisky", Map.of()),
                new CatalogProduct("GD-06", "Aged Gouda 6个月 陈年高达奶酪", null, "Cheese", Map.of()));
        EntityExtractor withCellar = new EntityExtractor(() -> cellar, id -> false, OrderIdFormat.DEFAULT, Fixtures.SATURDAY);

        assertThat(withCellar.extract("my son is 3 years old, what would he like?", "en")).doesNotContainKeys("sku", "products");
        assertThat(withCellar.extract("宝宝8个月了能吃什么", "zh")).doesNotContainKeys("sku", "products");
        assertThat((List<Object>) withCellar.extract("is the 18 years one smoky?", "en").get("products")).first().isEqualTo("WH-18");
        assertThat((List<Object>) withCellar.extract("6个月的那个奶酪还有吗", "zh").get("products")).containsExactly("GD-06");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aVagueMentionListsCandidatesButPicksNone() {
        Map<String, Object> entities = extractor.extract("iphone有什么颜色", "zh");
        assertThat(entities).doesNotContainKey("sku");
        assertThat((List<Object>) entities.get("products")).containsExactlyInAnyOrder("KF-PH-002", "KF-PH-003");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            华为的手机有哪些          | 华为/HUAWEI | 手机
            huawei phones            | 华为/HUAWEI | -
            有没有苹果以外的 Apple 手机 | Apple      | 手机
            sony headphones          | 索尼/Sony   | -
            """, nullValues = "-")
    void findsBrandsAndCategories(String text, String brand, String category) {
        Map<String, Object> entities = extractor.extract(text, "zh");
        assertThat(entities).containsEntry("brand", brand);
        if (category != null) {
            assertThat(entities).containsEntry("category", category);
        }
    }

    @Test
    void brandAndCategoryAloneAreNotAProduct() {
        assertThat(extractor.extract("华为的手机有哪些", "zh")).doesNotContainKeys("sku", "products");
    }

    @Test
    void aProductOfAnotherCategoryDropsTheCategoryItsNameContains() {
        assertThat(extractor.extract("我买了一个手机壳", "zh")).containsEntry("sku", "KF-AC-001").doesNotContainKey("category");
    }

    @Test
    void findsEnglishCategoriesInThePlural() {
        assertThat(extractor.extract("do you sell keyboard", "en")).containsEntry("category", "Keyboards");
    }

    @Test
    void toleratesATypoInALatinBrand() {
        assertThat(extractor.extract("logitec mouse", "en")).containsEntry("brand", "Logitech");
    }

    @ParameterizedTest
    @ValueSource(strings = {"15号能到吗", "我要退货", "what is your return policy", "pro", "苹果好吃吗",
        "my phone is broken", "The order is 3 days late"})
    void doesNotInventProducts(String text) {
        assertThat(extractor.extract(text, "zh")).doesNotContainKey("sku");
    }

    @Test
    void ordinaryWordsOneLetterFromAProductWordAreNotTypos() {
        // "phone" is "iphone" without its first letter, "late" is "mate" with another: shoppers keep first letters
        assertThat(extractor.extract("my phone is broken", "en")).doesNotContainKey("products");
        assertThat(extractor.extract("The order is 3 days late", "en")).doesNotContainKey("products");
    }

    @Test
    void aLetterOnItsOwnIsNoModelCode() {
        EntityExtractor store = new EntityExtractor(() -> List.of(new CatalogProduct("XY-10", "星耀X10 手机", "星耀", "手机", Map.of())),
                KnownOrderIds.NONE, OrderIdFormat.DEFAULT, Fixtures.SATURDAY);
        assertThat(store.extract("<img src=x onerror=alert(1)>", "en")).doesNotContainKey("products");
        assertThat(store.extract("plan b is a refund", "en")).doesNotContainKey("products");
        assertThat(store.extract("X10还有货吗", "zh")).containsEntry("sku", "XY-10");
    }

    @Test
    void followsTheCatalogWhenItChanges() {
        AtomicReference<List<CatalogProduct>> snapshot = new AtomicReference<>(List.of());
        EntityExtractor live = new EntityExtractor(snapshot::get, KnownOrderIds.NONE, OrderIdFormat.DEFAULT,
                Fixtures.SATURDAY);
        assertThat(live.extract("小米14 Ultra有货吗", "zh")).doesNotContainKey("sku");
        snapshot.set(List.of(new CatalogProduct("MI-14U", "小米14 Ultra", "小米", "手机", Map.of())));
        assertThat(live.extract("小米14 Ultra有货吗", "zh")).containsEntry("sku", "MI-14U");
    }

    @Test
    void buildsItsIndexOncePerSnapshot() {
        List<CatalogProduct> products = new ArrayList<>(Fixtures.PRODUCTS);
        AtomicInteger builds = new AtomicInteger();
        CatalogMatcher matcher = new CatalogMatcher(() -> products);
        CatalogIndex first = matcher.current();
        for (int i = 0; i < 10; i++) {
            if (matcher.current() != first) {
                builds.incrementAndGet();
            }
        }
        assertThat(builds).hasValue(0);
    }

    @Test
    void aProductMentionDoesNotTurnItsModelNumberIntoAmounts() {
        Map<String, Object> entities = extractor.extract("华为 Mate 60 Pro 两台", "zh");
        assertThat(entities).containsEntry("sku", "KF-PH-001").containsEntry("quantity", 2)
                .doesNotContainKeys("money", "priceRange");
    }
}
