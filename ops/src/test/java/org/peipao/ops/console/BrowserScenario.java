package org.peipao.ops.console;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Fixtures;
import org.peipao.ops.support.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A console test over the running server: the browsers it opens are closed after each test, and each must have
 * logged no error of its own by then.
 */
abstract class BrowserScenario {

    @LocalServerPort
    int port;
    Api admin;
    Fixtures fixtures;
    private final List<Browser> opened = new ArrayList<>();

    @BeforeEach
    void administrator() {
        admin = TestUsers.ADMIN.api(port);
        fixtures = new Fixtures(admin);
    }

    /** A browser of that width whose own language is {@code language} (en-US or zh-CN). */
    Browser browser(int width, String language) {
        Browser browser = new Browser(port, width, language);
        opened.add(browser);
        return browser;
    }

    @AfterEach
    void noErrorsInTheBrowserConsole() {
        try {
            for (Browser browser : opened) {
                assertThat(browser.errors()).as("the browser console's errors").isEmpty();
            }
        } finally {
            opened.forEach(Browser::close);
        }
    }

    /** The KPI card's figure as the API gave it (its data-value) and as it is written. */
    static WebElement kpi(Browser browser, String name) {
        return browser.waitFor(By.cssSelector("[data-kpi='" + name + "']"));
    }

    static void choose(WebElement select, String value) {
        new Select(select).selectByValue(value);
    }

    /** Sets a date field as a person picking a date would, whatever the browser's date format. */
    static void setDate(Browser browser, WebElement field, String isoDate) {
        browser.script("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, isoDate);
    }
}
