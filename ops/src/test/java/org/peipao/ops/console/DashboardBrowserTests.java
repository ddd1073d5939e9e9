package org.peipao.ops.console;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peipao.ops.support.Api.json;

/**
 * An administrator signs in and reads the dashboard: every KPI card equals the API's figure, a district filter
 * changes the figures, and the language switches (amounts are written each language's way) and is remembered.
 */
@ServerTest
class DashboardBrowserTests extends BrowserScenario {

    /** Each card and where the dashboard answer has its figure. */
    private static final Map<String, String> CARDS = Map.of(
            "active-companions", "/companions/active",
            "projects-incubating", "/projects/incubating",
            "projects-landed", "/projects/landed",
            "signed-amount", "/landings/signedAmountCny",
            "problems-solved", "/challenges/solved",
            "enterprises-served", "/challenges/enterprisesServed");

    @Test
    void everyCardEqualsTheApiADistrictFilterChangesTheFiguresAndTheLanguageSwitches() {
        String district = "测试区-" + Ids.unique("d");
        String project = fixtures.projectAccompaniedBy(fixtures.companion());
        Api.Response landed = admin.post("/api/v1/projects/" + project + "/landings", json("district", district,
                "form", "NEW_COMPANY", "signedAmountCny", 3_685_000_000L, "signedOn", "2025-11-15"));
        assertThat(landed.status()).as("%s", landed).isEqualTo(201);
        String filtered = "/api/v1/dashboard?district=" + district; // (the client encodes it)
        await().atMost(Duration.ofSeconds(20)).until(() -> admin.get(filtered).body().at("/landings/count").asLong() == 1);

        Browser browser = browser(Browser.DESKTOP, "zh-CN");
        browser.signIn(TestUsers.ADMIN, "zh-CN");
        browser.settled();
        assertCardsEqual(browser, admin.get("/api/v1/dashboard").body());
        browser.screenshot("dashboard-admin-zh");

        choose(browser.waitFor(By.cssSelector("#dashboard-filters select[name=district]")), district);
        browser.until(d -> kpi(browser, "signed-amount").getAttribute("data-value").equals("3685000000"));
        browser.settled();
        assertCardsEqual(browser, admin.get(filtered).body());
        assertThat(kpi(browser, "signed-amount").findElement(By.className("figure")).getText()).isEqualTo("36.85亿元");
        assertThat(browser.driver().getCurrentUrl()).as("the filter is kept in the address").contains("district=");
        browser.screenshot("dashboard-district-zh");

        browser.waitFor(By.id("language-switch")).click();
        browser.until(d -> "en".equals(browser.script("return document.documentElement.lang")));
        browser.settled();
        assertThat(kpi(browser, "signed-amount").findElement(By.className("figure")).getText()).isEqualTo("CNY 3.685 bn");
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        browser.screenshot("dashboard-district-en");

        browser.open("/#/projects");
        assertThat(browser.waitFor(By.tagName("h1")).getText()).as("the language is remembered").isEqualTo("Projects");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
        browser.open("/?lang=zh-CN#/projects");
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("项目");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("zh-CN");
    }

    private static void assertCardsEqual(Browser browser, JsonNode dashboard) {
        CARDS.forEach((card, pointer) -> assertThat(new BigDecimal(kpi(browser, card).getAttribute("data-value")))
                .as(card).isEqualByComparingTo(dashboard.at(pointer).decimalValue()));
    }
}
