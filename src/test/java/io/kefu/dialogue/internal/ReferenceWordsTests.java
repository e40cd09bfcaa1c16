package io.kefu.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kefu.commerce.OrderStatus;
import io.kefu.commerce.Product;
import io.kefu.commerce.Promotion;

/** The words by which shoppers point back at things and describe them, in both languages, on any store's data. */
class ReferenceWordsTests {

    @Test
    void theOtherOneAndOrdinalsPointBackInBothLanguages() {
        assertThat(Referents.meansTheOther("那另一个订单呢")).isTrue();
        assertThat(Referents.meansTheOther("what about the other one?")).isTrue();
        assertThat(Referents.meansTheOther("我的订单呢")).isFalse();
        assertThat(Referents.ordinal("第二个")).contains(1);
        assertThat(Referents.ordinal("the first one")).contains(0);
        assertThat(Referents.ordinal("最后一个")).contains(Integer.MAX_VALUE);
        assertThat(Referents.pick(List.of("a", "b", "c"), Integer.MAX_VALUE)).contains("c");
        assertThat(Referents.pick(List.of("a"), 3)).isEmpty();
        assertThat(Referents.meansIt("那它保质期多久")).isTrue();
        assertThat(Referents.meansIt("how heavy is it")).isTrue();
    }

    @Test
    void anOrderIsDescribedByWhereItStands() {
        assertThat(StatusWords.named("还有个没付款的单")).containsExactly(OrderStatus.PENDING_PAYMENT);
        assertThat(StatusWords.named("the one that hasn't shipped")).containsExactly(OrderStatus.PAID);
        assertThat(StatusWords.named("退货的那单退款到哪了")).contains(OrderStatus.RETURNED, OrderStatus.REFUNDED);
        assertThat(StatusWords.named("之前退的那个热水壶 钱到账没")).contains(OrderStatus.RETURNED, OrderStatus.REFUNDED);
        assertThat(StatusWords.named("我的快递到哪了")).isEmpty();
    }

    @Test
    void aQuestionIsToldFromAStatement() {
        assertThat(Questions.isQuestion("退货运费谁出")).isTrue();
        assertThat(Questions.isQuestion("等下，退款一般多久到账？")).isTrue();
        assertThat(Questions.isQuestion("how long does a refund take")).isTrue();
        assertThat(Questions.isQuestion("它噪音大不大")).as("asked as A-not-A").isTrue();
        assertThat(Questions.isQuestion("这个贵不贵")).isTrue();
        assertThat(Questions.isQuestion("声音大 不习惯")).isFalse();
        assertThat(Questions.isQuestion("怀孕了不能用水杨酸 还没拆封")).isFalse();
        assertThat(Questions.isQuestion("尺码小了")).isFalse();
        assertThat(Questions.isQuestion("it arrived broken")).isFalse();
    }

    @Test
    void aRequestNamesSomethingBeyondTheWordsEveryRequestUses() {
        assertThat(RequestWords.namesSomething("你们卖轮胎吗")).isTrue();
        assertThat(RequestWords.namesSomething("do you sell car seats")).isTrue();
        assertThat(RequestWords.namesSomething("有没有推荐的")).isFalse();
        assertThat(RequestWords.namesSomething("recommend something please")).isFalse();
    }

    @Test
    void theThingAskedForIsTakenFromTheClauseThatAsksWhetherItIsSold() {
        assertThat(RequestWords.thing("你们卖滑板车吗 要轻便的")).contains("滑板车");
        assertThat(RequestWords.askedForHead("你们卖滑板车吗 要轻便的")).contains("板车");
        assertThat(RequestWords.thing("do you sell kayaks? a two-person one")).contains("kayaks");
        assertThat(RequestWords.askedForHead("要轻便的")).isEmpty();
        assertThat(RequestWords.askedForHead("is the pink one in stock")).as("how many are left, not whether it is sold").isEmpty();
        assertThat(RequestWords.askedForHead("do you stock baby monitors")).contains("monitor");
        assertThat(RequestWords.askedForHead("小鹿奶瓶卖多少钱")).as("a price").isEmpty();
        assertThat(RequestWords.askedForHead("how much do you sell the stroller for")).as("a price").isEmpty();
        assertThat(RequestWords.askedForHead("云柔纸尿裤怎么卖")).as("a price").isEmpty();
        assertThat(RequestWords.askedForHead("你们家卖的奶粉是正品吗")).as("about the things sold").isEmpty();
        assertThat(RequestWords.askedForHead("口红卖得最好的是哪个")).as("how well they sell").isEmpty();
    }

    @Test
    void aVariantIsPickedByItsOwnWordsInEitherLanguage() {
        Product red = product("L-1", "丝绒口红 #01 枫叶红", Map.of("shade", "#01 枫叶红 Maple Red"), 129);
        Product pink = product("L-2", "丝绒口红 #02 豆沙粉", Map.of("shade", "#02 豆沙粉 Rose Nude"), 129);
        Product small = product("C-1", "保湿面霜 50ml", Map.of("volumeMl", 50), 209);
        Product large = product("C-2", "保湿面霜 100ml", Map.of("volumeMl", 100), 369);
        List<Product> catalog = List.of(red, pink, small, large);
        assertThat(ProductLines.lineOf(red, catalog)).containsExactly(red, pink);
        assertThat(ProductLines.named("is the pink one in stock", ProductLines.lineOf(red, catalog), red)).contains(pink);
        assertThat(ProductLines.named("那100ml的呢", ProductLines.lineOf(small, catalog), small)).contains(large);
        assertThat(ProductLines.named("这个好用吗", ProductLines.lineOf(small, catalog), small)).isEmpty();
        assertThat(ProductLines.distinction(large, ProductLines.lineOf(large, catalog))).isEqualTo("100ml");
    }

    @Test
    void oneOfSeveralProductsOfAKindIsPickedByATagOnlyItHas() {
        Product autumn = tagged("B-1", "中秋·月满茶香礼盒", "礼盒", "中秋", "限定");
        Product spring = tagged("B-2", "新春·岁岁茗安礼盒", "礼盒", "春节", "送礼");
        Product pair = tagged("B-3", "龙井·正山小种 双拼礼盒", "礼盒", "送礼");
        List<Product> boxes = List.of(autumn, spring, pair);
        assertThat(ProductLines.ofKind("那春节礼盒会打折吗", boxes)).contains(spring);
        assertThat(ProductLines.ofKind("中秋那个礼盒还有吗", boxes)).contains(autumn);
        assertThat(ProductLines.ofKind("送礼的礼盒有哪些", boxes)).as("a tag two of them have singles out neither").isEmpty();
        assertThat(ProductLines.named("那春节礼盒会打折吗", boxes, null)).as("variants of a line are told apart by their own words only").isEmpty();
    }

    private static Product tagged(String sku, String name, String... tags) {
        return new Product(sku, name, "礼盒", "茶庄", BigDecimal.valueOf(198), 10, Map.of(), null, List.of(tags));
    }

    @Test
    void aPromotionIsNamedByTheWordsOfItsTitle() {
        OffsetDateTime now = OffsetDateTime.parse("2026-11-20T12:00:00+08:00");
        Promotion ended = new Promotion("p1", "国庆护肤 8 折", null, now.minusDays(50), now.minusDays(43), List.of(), List.of(),
                Promotion.Type.DISCOUNT, new BigDecimal("0.8"));
        Promotion coming = new Promotion("p2", "双十二纸尿裤囤货", null, now.plusDays(20), now.plusDays(21), List.of(), List.of(),
                Promotion.Type.DISCOUNT, new BigDecimal("0.75"));
        assertThat(PromotionAnswerer.named("还有国庆那个8折吗", List.of(ended, coming))).contains(ended);
        assertThat(PromotionAnswerer.named("双十二纸尿裤会便宜吗", List.of(ended, coming))).contains(coming);
        assertThat(PromotionAnswerer.named("有什么活动", List.of(ended, coming))).isEmpty();
    }

    @Test
    void attributeLabelsReadTheMerchantsOwnKeys() {
        AttributeLabels labels = new AttributeLabels();
        assertThat(labels.label("waterproofRating", "en")).isEqualTo("waterproof rating");
        assertThat(labels.label("waterproofRating", "zh")).isEqualTo("防水等级");
        assertThat(labels.label("适用肤质", "en")).isEqualTo("适用肤质");
        assertThat(labels.askedFor("weightKg", "车子多重")).isPositive();
        assertThat(labels.askedFor("shelfLifeMonths", "它保质期多久")).isPositive();
        assertThat(labels.askedFor("weightKg", "有什么颜色")).isZero();
    }

    @Test
    void aUnitTheKeyEndsInGoesWithTheValue() {
        AttributeLabels labels = new AttributeLabels();
        assertThat(labels.fact("weightKg", 7.8, "zh")).isEqualTo("重量：7.8kg");
        assertThat(labels.fact("weightKg", 7.8, "en")).isEqualTo("weight: 7.8 kg");
        assertThat(labels.fact("shelfLifeMonths", 24, "zh")).isEqualTo("保质期：24个月");
        assertThat(labels.fact("shelfLifeMonths", 24, "en")).isEqualTo("shelf life: 24 months");
        assertThat(labels.fact("colour", "云雾灰", "zh")).isEqualTo("颜色：云雾灰");
        assertThat(labels.fact("适用肤质", "干皮", "en")).isEqualTo("适用肤质: 干皮");
        assertThat(labels.fact("suctionPa", 6000, "zh")).isEqualTo("吸力：6000Pa");
        assertThat(labels.fact("tempRangeC", "80-200℃", "zh")).as("a value written with its unit").isEqualTo("温度范围：80-200℃");
        assertThat(labels.fact("weightRangeKg", "4-8", "zh")).as("a range").isEqualTo("重量范围：4-8kg");
    }

    private static Product product(String sku, String name, Map<String, Object> attributes, int price) {
        return new Product(sku, name, "护肤", "牌子", BigDecimal.valueOf(price), 10, attributes, null, List.of());
    }
}
