package io.kefu.nlu.internal.entities;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An attribute shoppers ask for, whatever the catalog calls it. Each concept has a default key and
 * the names a merchant may have given it; {@link #keyIn} picks the catalog's own key when there is
 * one, so that a constraint can be compared with product attributes directly ("颜色" rather than
 * "color" in a catalog that says "颜色", "batteryMah" rather than "battery").
 */
enum AttributeConcept {

    COLOR("color", "colour", "颜色", "颜色分类", "配色"),
    SIZE("size", "尺码", "码数", "鞋码", "尺寸"),
    WATERPROOF("waterproof", "waterresistance", "waterresistant", "防水", "防水等级", "iprating", "ip"),
    FAST_CHARGE("fastCharge", "fastcharging", "charging", "快充", "充电功率", "charger"),
    BATTERY("battery", "batterylife", "batterymah", "batterycapacity", "电池", "电池容量", "续航"),
    MEMORY("memory", "ram", "内存", "运行内存", "运存"),
    STORAGE("storage", "rom", "存储", "存储容量", "机身存储", "机身内存"),
    SCREEN_SIZE("screenSize", "screen", "display", "屏幕", "屏幕尺寸"),
    WEIGHT("weight", "重量", "净重"),
    CAPACITY("capacity", "volume", "容量"),
    NOISE_CANCELLING("noiseCancelling", "anc", "noisecancellation", "降噪");

    private final String defaultKey;
    private final List<String> names;

    AttributeConcept(String defaultKey, String... names) {
        this.defaultKey = defaultKey;
        this.names = List.of(names);
    }

    String defaultKey() {
        return defaultKey;
    }

    /**
     * The catalog key naming this concept, or the default key when the catalog has none. When several
     * do (a catalog imported from two systems has both "颜色" and "color"), the one most products use.
     *
     * @param keyUse every attribute key of the catalog with the number of products that have it
     */
    String keyIn(Map<String, Integer> keyUse) {
        String best = defaultKey;
        int bestUse = 0;
        for (Map.Entry<String, Integer> key : keyUse.entrySet()) {
            if (names(key.getKey()) && (key.getValue() > bestUse
                    || (key.getValue() == bestUse && key.getKey().compareTo(best) < 0))) {
                best = key.getKey();
                bestUse = key.getValue();
            }
        }
        return best;
    }

    private boolean names(String catalogKey) {
        String normalized = normalize(catalogKey);
        // "batteryMah", "colorName": a key that starts with the concept is about it
        return normalized.startsWith(normalize(defaultKey)) || names.stream().anyMatch(n -> normalize(n).equals(normalized));
    }

    /** Case, spaces, dashes and underscores do not tell keys apart: "fast_charge" is "fastCharge". */
    static String normalize(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "");
    }
}
