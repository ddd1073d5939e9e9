package org.peipao.ops.console;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peipao.ops.support.Fixtures;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out in the browser; a write the page makes with its session needs the CSRF token; every label
 * exists in both languages.
 */
@ServerTest
class SignInBrowserTests extends BrowserScenario {

    /** Posts a companion with the page's session, with or without the token its cookie holds; answers the status. */
    private static final String WRITE = """
            const [body, withToken, done] = arguments;
            const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')).slice(11);
            const headers = {'Content-Type': 'application/json', ...(withToken ? {'X-XSRF-TOKEN': token} : {})};
            fetch('/api/v1/companions', {method: 'POST', headers, body}).then(answer => done(answer.status));
            """;

    @Test
    void anAdministratorSignsInWritesOnlyWithTheCsrfTokenAndSignsOut() {
        Browser browser = browser(Browser.DESKTOP, "en-US");
        browser.open("/#/projects");
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Sign in");
        assertThat(browser.driver().findElements(By.cssSelector("#nav a"))).as("nothing to navigate yet").isEmpty();

        browser.signIn(TestUsers.ADMIN, "en");
        assertThat(browser.waitFor(By.cssSelector("#session .who")).getText()).isEqualTo("admin · Administrator");
        assertThat(browser.driver().findElements(By.cssSelector("#nav a")).stream().map(a -> a.getText()).toList())
                .containsExactly("Dashboard", "Projects", "Companions", "Registration", "Import", "Verification queue", "Audit");
        String body = Fixtures.companionBody(Ids.unique("companion"));
        assertThat(browser.asyncScript(WRITE, body, false)).as("a session write without the token").isEqualTo(403L);
        assertThat(browser.asyncScript(WRITE, body, true)).as("the same write with it").isEqualTo(201L);

        browser.signOut();
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Sign in");
        browser.open("/#/admin");
        browser.waitFor(By.id("sign-in"));
    }

    @Test
    void aMentorSeesTheirOwnWorkAndEveryLabelExistsInBothLanguages() {
        Browser browser = browser(Browser.DESKTOP, "zh-CN");
        browser.signIn(TestUsers.MENTOR, "zh-CN");
        assertThat(browser.driver().findElements(By.cssSelector("#nav a")).stream().map(a -> a.getText()).toList())
                .containsExactly("总览", "项目", "陪跑人", "我的工作");
        @SuppressWarnings("unchecked")
        List<List<String>> keys = (List<List<String>>) browser.asyncScript("""
                const done = arguments[0];
                Promise.all([import('/app/messages-en.js'), import('/app/messages-zh-CN.js')])
                  .then(([en, zh]) => done([Object.keys(en.default).sort(), Object.keys(zh.default).sort()]));
                """);
        assertThat(keys.get(1)).as("the Chinese labels").isEqualTo(keys.get(0));
    }
}
