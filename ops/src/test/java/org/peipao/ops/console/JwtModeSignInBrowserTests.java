package org.peipao.ops.console;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** In jwt mode the console does not fail: its sign-in page says how this server is signed in to. */
@JwtModeServer
class JwtModeSignInBrowserTests extends BrowserScenario {

    @Test
    void theSignInPageExplainsSingleSignOnInBothLanguages() {
        Browser browser = browser(Browser.PHONE, "en-US");
        browser.open("/?lang=en#/dashboard");
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Sign in");
        assertThat(browser.waitFor(By.cssSelector(".sign-in")).getText()).contains("single sign-on tokens (JWT)")
                .contains("Authorization: Bearer <token>");
        assertThat(browser.driver().findElements(By.name("password"))).as("no password form").isEmpty();
        browser.screenshot("sign-in-jwt-phone-en");

        browser.open("/?lang=zh-CN#/dashboard");
        assertThat(browser.waitFor(By.cssSelector(".sign-in")).getText()).contains("单点登录令牌");
    }
}
