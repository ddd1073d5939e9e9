package org.peipao.ops.console;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peipao.ops.support.TestUsers;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (named explicitly, so that Selenium Manager
 * never downloads one), with a fresh profile and nothing reaching out to the network on its own.
 */
final class Browser implements AutoCloseable {

    static final int PHONE = 375;
    static final int DESKTOP = 1280;
    private static final Path SCREENSHOTS = Path.of(System.getProperty("peipao.screenshots", "target/screenshots"));
    /** Chromium's own line for an answer with an error status: a refusal the console shows, not an error of its own. */
    private static final Pattern API_REFUSAL = Pattern.compile(
            "^http://localhost:\\d+/(api/v1/\\S*|login|logout) - Failed to load resource: the server responded with a status of 4\\d\\d .*");

    private final String base;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final List<String> log = new ArrayList<>();
    private final int width;

    /** A browser whose own language (that of its date fields, say) is {@code language}, e.g. en-US or zh-CN. */
    Browser(int port, int width, String language) {
        this.base = "http://localhost:" + port;
        try {
            this.profile = Files.createTempDirectory("peipao-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-default-apps",
                "--lang=" + language, "--user-data-dir=" + profile, "--window-size=" + Math.max(width, 500) + ",900");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        this.driver = new ChromeDriver(service, options);
        this.width = width;
        viewport(900);
    }

    /** The page's viewport (headless Chromium's windows are at least 500 px wide: a phone is emulated). */
    private void viewport(long height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    WebDriver driver() {
        return driver;
    }

    /** Makes the page believe it runs in the time zone {@code zoneId} (an IANA id). */
    void timeZone(String zoneId) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zoneId));
    }

    /** Opens a path of the server, e.g. {@code /?lang=en#/dashboard}. */
    void open(String path) {
        driver.get(base + path);
    }

    /** Signs in through the console's form and waits for the dashboard. */
    void signIn(TestUsers user, String language) {
        open("/?lang=" + language + "#/dashboard");
        String name = user.name().toLowerCase();
        waitFor(By.name("username")).sendKeys(name);
        driver.findElement(By.name("password")).sendKeys(name + "-secret");
        driver.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
        waitFor(By.id("sign-out"));
    }

    void signOut() {
        driver.findElement(By.id("sign-out")).click();
        waitFor(By.id("sign-in"));
    }

    WebElement waitFor(By by) {
        return until(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    <T> T until(ExpectedCondition<T> condition) {
        return until(condition, Duration.ofSeconds(20));
    }

    <T> T until(ExpectedCondition<T> condition, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(condition);
    }

    /** Waits until nothing on the page is loading. */
    void settled() {
        until(d -> d.findElements(By.cssSelector("[aria-busy=true], .state.loading")).isEmpty());
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    Object asyncScript(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(javascript, arguments);
    }

    /** How much wider than the window the document is (0: no horizontal scroll). */
    long horizontalOverflow() {
        return ((Number) script("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
    }

    /** Saves the whole page as target/screenshots/{name}.png. */
    void screenshot(String name) {
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        viewport(Math.min(height, 8000));
        try {
            Thread.sleep(300); // charts follow the new size
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            viewport(900);
        }
    }

    /** The browser console's errors so far, less Chromium's lines for API refusals the console shows. */
    List<String> errors() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            log.add(entry.getLevel() + " " + entry.getMessage());
        }
        return log.stream().filter(line -> line.startsWith("SEVERE "))
                .filter(line -> !API_REFUSAL.matcher(line.substring("SEVERE ".length())).matches())
                .toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
