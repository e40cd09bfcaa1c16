package io.kefu.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kefu.ApiClient;
import io.kefu.ServiceTest;
import io.kefu.TestStore;

/** The shop front page outside the demo: products of the imported store, the widget, no shopping as someone else. */
@ServiceTest
class StorefrontApiTests {

    @LocalServerPort
    int port;

    private ApiClient api;
    private TestStore store;

    @BeforeEach
    void importStore() {
        api = new ApiClient(port);
        store = new TestStore(api).imported();
    }

    @Test
    void showsTheStoreAndHostsTheWidgetButNobodyShopsAsAnotherCustomer() {
        ApiClient.Response page = api.get("/?lang=zh&customer=" + store.alice, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        // other tests share the database, so which products lead the page is theirs to decide
        assertThat(page.text()).contains("class=\"product\"", "/widget/kefu-widget.js", "联系客服").doesNotContain("data-customer-id");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");

        assertThat(api.get("/?lang=en", null).text()).contains("Contact customer service", "lang=\"en\"");
    }
}
