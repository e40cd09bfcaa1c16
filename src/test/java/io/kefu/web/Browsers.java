package io.kefu.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Debian's Chromium, headless, driven by Playwright (never a downloaded browser). Each person in a
 * test gets their own browser context: own storage, own tokens, like two people on two machines.
 * Screenshots go to {@code target/screenshots}.
 */
final class Browsers implements AutoCloseable {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final List<String> HEADLESS_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage");

    private final Playwright playwright;
    private final Browser browser;
    private final java.util.List<Page> pages = new java.util.concurrent.CopyOnWriteArrayList<>();

    Browsers() {
        // the machine is small and shared: give pages time rather than fail on a slow moment
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
            .setHeadless(true)
            .setArgs(HEADLESS_FLAGS));
    }

    /** A new person at a desktop screen, reading Chinese or English. */
    Page person(String locale) {
        return person(locale, 1280, 800);
    }

    Page person(String locale, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
            .setLocale(locale)
            .setViewportSize(width, height));
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        pages.add(page);
        return page;
    }

    /** Opens a staff page; the login page comes first and leads back to it. */
    static void signIn(Page page, String url, String username, String password) {
        page.navigate(url);
        page.waitForURL(target -> target.contains("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#login button[type=submit]").click();
        page.waitForURL(target -> !target.contains("/login"));
    }

    /**
     * Sets an agent console away and waits until the server has that very choice, so a customer
     * handed over next waits in the queue instead of being routed to this agent.
     */
    static void goAway(Page desk) {
        desk.waitForResponse(response -> response.url().endsWith("/api/v1/agent/status") && response.status() == 204
                        && String.valueOf(response.request().postData()).contains("AWAY"),
                () -> desk.locator("#presence").selectOption("AWAY"));
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** What every person saw when a test failed: failed-{test}-{n}.png. */
    void screenshotAll(String test) {
        for (int i = 0; i < pages.size(); i++) {
            if (!pages.get(i).isClosed()) {
                screenshot(pages.get(i), "failed-" + test + "-" + i);
            }
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
