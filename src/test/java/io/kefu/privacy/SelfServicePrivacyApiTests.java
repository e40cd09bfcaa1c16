package io.kefu.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kefu.ApiClient;
import io.kefu.Chat;
import io.kefu.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * A signed-in shopper asks for their data or its erasure from the conversation (a confirmation
 * first; a person reviews it while an order is open).
 */
@ServiceTest
class SelfServicePrivacyApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aShopperGetsACopyOfTheirDataFromTheirConversation() {
        ApiClient api = new ApiClient(port);
        Shopper shopper = Shopper.imported(api, "DELIVERED");
        Chat chat = shopper.converse(api);

        ApiClient.Response filed = api.post(chat.path("/privacy-requests"), chat.token(), Map.of("kind", "EXPORT"));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        assertThat(filed.json().get("status").asString()).isEqualTo("DONE");
        ApiClient.Response copy = api.get(chat.path("/privacy-requests/" + filed.json().get("id").asString() + "/export"), chat.token());
        assertThat(copy.status()).as(copy.text()).isEqualTo(200);
        assertThat(copy.json().get("profile").get("phone").asString()).isEqualTo(shopper.phone());
        assertThat(copy.json().get("conversations").get(0).get("id").asString()).isEqualTo(chat.id());

        Chat someoneElse = Chat.of(api, Shopper.imported(api, "DELIVERED").id(), "zh");
        assertThat(api.get(chat.path("/privacy-requests/" + filed.json().get("id").asString() + "/export"), someoneElse.token()).status())
            .isEqualTo(403);
        assertThat(api.post(someoneElse.path("/privacy-requests"), someoneElse.token(), Map.of("kind", "EXPORT")).json().get("id")
            .asString()).isNotEqualTo(filed.json().get("id").asString());
        String theirs = api.get(someoneElse.path("/privacy-requests"), someoneElse.token()).text();
        assertThat(theirs).doesNotContain(filed.json().get("id").asString());
    }

    @Test
    void anAnonymousVisitorIsToldToSignInAndStaffCannotFileForTheShopper() {
        ApiClient api = new ApiClient(port);
        Chat visitor = Chat.anonymous(api, "zh");
        assertThat(api.post(visitor.path("/privacy-requests"), visitor.token(), Map.of("kind", "EXPORT")).status()).isEqualTo(403);
        Chat shopper = Chat.of(api, Shopper.imported(api, "DELIVERED").id(), "zh");
        assertThat(api.post(shopper.path("/privacy-requests"), ServiceTest.ADMIN, Map.of("kind", "EXPORT")).status()).isEqualTo(403);
    }

    @Test
    void erasureNeedsConfirmingAndWaitsForAReviewWhileAnOrderIsOpen() {
        ApiClient api = new ApiClient(port);
        Shopper shopper = Shopper.imported(api, "SHIPPED");
        Chat chat = shopper.converse(api);

        ApiClient.Response unconfirmed = api.post(chat.path("/privacy-requests"), chat.token(), Map.of("kind", "ERASURE"));
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.text()).contains("confirm");

        JsonNode waiting = api.post(chat.path("/privacy-requests"), chat.token(), Map.of("kind", "ERASURE", "confirm", true)).json();
        assertThat(waiting.get("status").asString()).isEqualTo("REVIEW");
        assertThat(waiting.get("outcome").asString()).contains(shopper.orderId()).contains("SHIPPED");
        assertThat(api.get("/api/v1/customers/" + shopper.id(), ServiceTest.ADMIN).status()).as("nothing erased yet").isEqualTo(200);

        String requestId = waiting.get("id").asString();
        assertThat(api.get("/api/v1/privacy/requests?status=REVIEW", ServiceTest.ADMIN).text()).contains(requestId);
        assertThat(api.post("/api/v1/privacy/requests/" + requestId + "/reject", ServiceTest.ADMIN, Map.of("reason", " ")).status())
            .isEqualTo(400);
        JsonNode rejected = api.post("/api/v1/privacy/requests/" + requestId + "/reject", ServiceTest.ADMIN,
                Map.of("reason", "订单还在配送中，签收后再为您删除")).json();
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(api.get(chat.path("/privacy-requests"), chat.token()).text()).as("the shopper sees the reason")
            .contains("签收后再为您删除");
        assertThat(api.post("/api/v1/privacy/requests/" + requestId + "/approve", ServiceTest.ADMIN, Map.of()).status())
            .as("a decided request is not decided again").isEqualTo(404);

        String again = api.post(chat.path("/privacy-requests"), chat.token(), Map.of("kind", "ERASURE", "confirm", true)).json().get("id")
            .asString();
        JsonNode approved = api.post("/api/v1/privacy/requests/" + again + "/approve", ServiceTest.ADMIN, Map.of()).json();
        assertThat(approved.get("status").asString()).isEqualTo("DONE");
        assertThat(api.get("/api/v1/customers/" + shopper.id(), ServiceTest.ADMIN).status()).isEqualTo(404);
        assertThat(api.get(chat.path(""), chat.token()).text()).doesNotContain(shopper.name()).doesNotContain(shopper.address());
    }

    @Test
    void supervisorsDecideWaitingRequestsOnThePrivacyPage() {
        ApiClient api = new ApiClient(port);
        Shopper shopper = Shopper.imported(api, "PAID");
        Chat chat = Chat.of(api, shopper.id(), "zh");
        String requestId = api.post(chat.path("/privacy-requests"), chat.token(), Map.of("kind", "ERASURE", "confirm", true)).json()
            .get("id").asString();

        assertThat(api.get("/privacy", null).status()).isEqualTo(200);
        assertThat(api.get("/privacy/fragments/requests", chat.token()).status()).as("not for shoppers").isEqualTo(403);
        String page = api.get("/privacy/fragments/requests", ServiceTest.ADMIN).text();
        assertThat(page).contains("data-request=\"" + requestId + "\"").contains(shopper.orderId());
        String decided = api.post("/privacy/fragments/requests/" + requestId + "/approve", ServiceTest.ADMIN, Map.of()).text();
        assertThat(decided).doesNotContain("data-request=\"" + requestId + "\"");
        assertThat(api.get("/api/v1/customers/" + shopper.id(), ServiceTest.ADMIN).status()).isEqualTo(404);
    }

    @Test
    void withNoOrderOpenAShoppersErasureIsDoneAtOnce() {
        ApiClient api = new ApiClient(port);
        Shopper shopper = Shopper.imported(api, "DELIVERED");
        Chat chat = shopper.converse(api);
        JsonNode done = api.post(chat.path("/privacy-requests"), chat.token(), Map.of("kind", "ERASURE", "confirm", true)).json();
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("customerRef").asString()).startsWith("erased:");
        assertThat(api.get("/api/v1/customers/" + shopper.id() + "/export", ServiceTest.ADMIN).status()).isEqualTo(404);
    }
}
