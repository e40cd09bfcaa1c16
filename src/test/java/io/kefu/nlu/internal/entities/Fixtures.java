package io.kefu.nlu.internal.entities;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small store shared by the entity tests: Saturday 21 November 2026, 10:00 in Shanghai. */
final class Fixtures {

    static final Clock SATURDAY = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    static final List<CatalogProduct> PRODUCTS = List.of(
            new CatalogProduct("KF-PH-001", "华为 Mate 60 Pro 手机", "华为/HUAWEI", "数码/手机",
                    Map.of("颜色", "雅川青", "storage", "512GB", "batteryMah", 5000, "fastCharge", "88W")),
            new CatalogProduct("KF-PH-002", "Apple iPhone 15 Pro", "Apple", "数码/手机",
                    Map.of("颜色", "原色钛金属", "storage", "256GB")),
            new CatalogProduct("KF-PH-003", "Apple iPhone 15", "Apple", "数码/手机", Map.of("颜色", "粉色")),
            new CatalogProduct("KF-EP-001", "索尼 WH-1000XM5 无线降噪耳机", "索尼/Sony", "数码/耳机",
                    Map.of("颜色", "黑色", "noiseCancelling", "是")),
            new CatalogProduct("KF-SH-001", "Nike Air Zoom Pegasus 跑步鞋", "Nike", "运动鞋",
                    Map.of("颜色", "黑色", "尺码", "42")),
            new CatalogProduct("KF-JK-001", "北面 防水冲锋衣", "The North Face/北面", "户外服装",
                    Map.of("waterproof", "IP67", "颜色", "蓝色")),
            new CatalogProduct("KF-AC-001", "手机壳 透明防摔", "Generic", "配件", Map.of()),
            new CatalogProduct("KF-KB-001", "Logitech Wireless Keyboard", "Logitech", "Keyboards", Map.of("color", "Graphite")));

    static final Set<String> ORDER_IDS = Set.of("KF20261120001", "E1001", "20261115888");

    private Fixtures() {
    }

    static EntityExtractor extractor() {
        return new EntityExtractor(() -> PRODUCTS, ORDER_IDS::contains, OrderIdFormat.DEFAULT, SATURDAY);
    }

    static EntityExtractor withoutCatalog() {
        return EntityExtractor.standalone(SATURDAY);
    }
}
