package io.kefu.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kefu.ApiClient;
import io.kefu.TestStore;

/**
 * What every browser test starts from: one Chromium per test class, a freshly imported store with
 * its own staff, agents sent offline after each test so the next one routes to its own, and a
 * screenshot of every open page when a test fails.
 */
abstract class BrowserTest {

    static Browsers browsers;

    @RegisterExtension
    final TestExecutionExceptionHandler screenshotsOnFailure = (context, error) -> {
        browsers.screenshotAll(context.getRequiredTestMethod().getName());
        throw error;
    };

    @LocalServerPort
    int port;

    ApiClient api;
    TestStore store;
    Staff staff;

    @BeforeAll
    static void launch() {
        browsers = new Browsers();
    }

    @AfterAll
    static void quit() {
        browsers.close();
    }

    @BeforeEach
    void importStore() {
        api = new ApiClient(port);
        store = new TestStore(api).imported();
        staff = new Staff(api, store.suffix);
    }

    @AfterEach
    void agentsGoHome() {
        staff.allOffline();
    }
}
