package io.kefu.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kefu.ApiClient;
import io.kefu.Chat;
import io.kefu.ServiceTest;
import io.kefu.TestStore;
import io.kefu.commerce.OrderBook;

/**
 * The bot works on what the customer typed, personal data included, while what it stores is
 * masked: a new delivery address with a phone number in it is kept sealed between asking and
 * confirming, and the order gets it exactly as typed.
 */
@ServiceTest
class PersonalDataInFlowsApiTests {

    private static final String ADDRESS = "上海市黄浦区南京东路 88 号 王先生 １３９１２３４５６７８";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrderBook orders;

    @Test
    void aNewAddressWithAPhoneNumberIsStoredSealedAndReachesTheOrderAsTyped() {
        ApiClient api = new ApiClient(port);
        TestStore store = new TestStore(api).imported();
        Chat chat = Chat.of(api, store.bob, "zh");

        assertThat(chat.say("我要修改收货地址").get("state").get("flow").get("awaiting").asString()).isEqualTo("address");
        assertThat(chat.say(ADDRESS).get("state").get("flow").get("awaiting").asString()).isEqualTo("confirm");

        String state = jdbc.sql("SELECT dialogue_state FROM conversations WHERE id = :id").param("id", chat.id()).query(String.class).single();
        String transcript = String.join("\n", jdbc.sql("SELECT body FROM messages WHERE conversation_id = :id").param("id", chat.id())
            .query(String.class).list());
        assertThat(state).doesNotContain("１３９１２３４５６７８").doesNotContain("13912345678").contains("sealed:");
        assertThat(transcript).doesNotContain("１３９１２３４５６７８").doesNotContain("13912345678").contains("139****5678");

        assertThat(chat.say("确认").get("state").get("flow").isNull()).isTrue();
        String order = jdbc.sql("SELECT body FROM orders WHERE order_id = :id").param("id", store.bobPaid).query(String.class).single();
        assertThat(order).as("the order is encrypted at rest").startsWith("sealed:").doesNotContain("13912345678");
        assertThat(orders.find(store.bobPaid).orElseThrow().address()).isEqualTo(ADDRESS);
    }
}
