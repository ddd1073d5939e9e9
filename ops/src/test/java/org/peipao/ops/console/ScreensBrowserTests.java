package org.peipao.ops.console;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen, on a 375-px phone in English and on a desktop in Chinese: nothing is wider than the screen, and a
 * screenshot of each is saved under target/screenshots for review.
 */
@ServerTest
class ScreensBrowserTests extends BrowserScenario {

    @Test
    void everyScreenFitsAPhoneAndADesktopInBothLanguages() {
        fixtures.mentorCompanion();
        String project = fixtures.projectAccompaniedBy(TestUsers.MENTOR_COMPANION);
        fixtures.milestone(project);
        Map<String, String> adminScreens = new LinkedHashMap<>();
        adminScreens.put("dashboard", "/dashboard");
        adminScreens.put("projects", "/projects");
        adminScreens.put("project", "/projects/" + project);
        adminScreens.put("companions", "/companions");
        adminScreens.put("companion", "/companions/" + TestUsers.MENTOR_COMPANION);
        adminScreens.put("registration", "/admin");
        adminScreens.put("queue", "/queue");
        adminScreens.put("audit", "/audit?stream=" + project);

        for (String[] device : new String[][]{{"phone", "en-US", "en"}, {"desktop", "zh-CN", "zh-CN"}}) {
            Browser browser = browser(device[0].equals("phone") ? Browser.PHONE : Browser.DESKTOP, device[1]);
            String suffix = device[0] + "-" + device[2];
            browser.open("/?lang=" + device[2] + "#/dashboard");
            browser.waitFor(By.id("sign-in"));
            check(browser, "sign-in-" + suffix);

            browser.signIn(TestUsers.ADMIN, device[2]);
            adminScreens.forEach((screen, route) -> {
                browser.open("/#" + route);
                check(browser, screen + "-" + suffix);
            });
            browser.signOut();

            browser.signIn(TestUsers.MENTOR, device[2]);
            browser.open("/#/work?project=" + project);
            browser.waitFor(By.cssSelector(".milestone-form"));
            check(browser, "work-" + suffix);
            browser.signOut();
        }
    }

    private static void check(Browser browser, String screen) {
        browser.settled();
        browser.until(d -> d.findElements(By.cssSelector(".chart:not([role=img])")).isEmpty()); // charts drawn
        assertThat(browser.horizontalOverflow()).as("%s is wider than the screen", screen).isLessThanOrEqualTo(0);
        browser.screenshot(screen);
    }
}
