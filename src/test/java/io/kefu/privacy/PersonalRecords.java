package io.kefu.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.kefu.ApiClient;
import io.kefu.Chat;
import io.kefu.ServiceTest;

/**
 * Two shoppers' personal data — names, phones, e-mail addresses, a delivery address, a recipient in a
 * shipment event, a photo — stored through the HTTP API as a merchant and a shopper do, and the
 * checks that it is unreadable at rest yet comes back in clear through the API.
 */
final class PersonalRecords {

    static final String FIRST = "C-AT-REST-1";
    static final String SECOND = "C-AT-REST-2";
    static final String ORDER = "KF-AT-REST-0001";
    /** Every value that must never be found in clear at rest. */
    static final List<String> CLEAR = List.of("赵晓雨", "Zhao Xiaoyu", "13766554433", "xiaoyu.zhao@example.net", "钱多多", "13655443322",
            "duoduo.qian@example.net", "漕溪北路 398 号", "签收人 孙小美", "18812340000", "PHOTO-OF-A-PARCEL-LABEL");
    /** A PNG with the text of a parcel label after its end, as a photo carries it in its pixels. */
    static final byte[] PHOTO = photo();

    private PersonalRecords() {
    }

    /** Imports both customers and the order, and uploads the photo; returns the photo's download path and token. */
    static Download store(ApiClient api) {
        List<Map<String, Object>> customers = List.of(
                Map.of("id", FIRST, "name", "赵晓雨 Zhao Xiaoyu", "phone", "13766554433", "email", "xiaoyu.zhao@example.net", "vip", true),
                Map.of("id", SECOND, "name", "钱多多", "phone", "13655443322", "email", "duoduo.qian@example.net"));
        assertThat(api.put("/api/v1/customers", ServiceTest.ADMIN, customers).status()).isEqualTo(200);
        Map<String, Object> order = Map.of("orderId", ORDER, "customerId", FIRST, "status", "SHIPPED",
                "items", List.of(Map.of("sku", "SKU-AT-REST", "quantity", 1, "unitPrice", 99)), "total", 99,
                "createdAt", "2026-11-01T10:00:00+08:00", "address", "上海市徐汇区漕溪北路 398 号 赵晓雨 13766554433",
                "shipment", Map.of("carrier", "SF", "trackingNo", "SF-AT-REST-1", "events", List.of(Map.of("time",
                        "2026-11-03T10:00:00+08:00", "location", "上海", "description", "已签收，签收人 孙小美 18812340000"))));
        ApiClient.Response imported = api.put("/api/v1/orders", ServiceTest.ADMIN, List.of(order));
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        Chat chat = Chat.anonymous(api, "zh");
        ApiClient.Response uploaded = api.upload(chat.path("/attachments"), chat.token(), "label.png", PHOTO);
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        return new Download(chat.path("/attachments/" + uploaded.json().get("id").asString()), chat.token());
    }

    /** The admin API and the download return everything in clear, as it was stored. */
    static void assertReadableThrough(ApiClient api, Download photo) {
        String customers = api.get("/api/v1/customers?size=200", ServiceTest.ADMIN).text();
        assertThat(customers).contains("赵晓雨 Zhao Xiaoyu", "13766554433", "xiaoyu.zhao@example.net", "钱多多", "13655443322",
                "duoduo.qian@example.net");
        assertThat(api.get("/api/v1/orders?size=200", ServiceTest.ADMIN).text()).contains("上海市徐汇区漕溪北路 398 号 赵晓雨 13766554433",
                "已签收，签收人 孙小美 18812340000", ORDER);
        assertThat(api.download(photo.path(), photo.token())).isEqualTo(PHOTO);
    }

    /** "value in file" for every clear value found in a file under {@code directory}, byte for byte. */
    static List<String> foundInClear(Path directory) {
        List<String> found = new ArrayList<>();
        for (Path file : files(directory)) {
            String content = read(file);
            CLEAR.stream().filter(content::contains).forEach(value -> found.add(value + " in " + file));
        }
        return found;
    }

    static List<Path> files(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] photo() {
        byte[] png = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        byte[] label = "PHOTO-OF-A-PARCEL-LABEL".getBytes(StandardCharsets.UTF_8);
        byte[] photo = java.util.Arrays.copyOf(png, png.length + label.length);
        System.arraycopy(label, 0, photo, png.length, label.length);
        return photo;
    }

    /** Where and with which token the photo is downloaded. */
    record Download(String path, String token) {
    }
}
