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
 * changes the figures and the trend, and the language switches (amounts are written each language's way) and is
 * remembered.
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
    void everyCardEqualsTheApiADistrictFilterChangesTheFiguresAndTheTrendAndTheLanguageSwitches() {
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

        // the trend follows the filters: over the landing's month it counts that district's one landing, as the API does
        setDate(browser, browser.waitFor(By.cssSelector("#dashboard-filters input[name=from]")), "2025-11-01");
        setDate(browser, browser.waitFor(By.cssSelector("#dashboard-filters input[name=to]")), "2025-11-30");
        JsonNode trend = admin.get("/api/v1/dashboard/trends?metric=landings&from=2025-11-01&to=2025-11-30&district="
                + district).body();
        assertThat(trend.at("/points/0/value").asText()).isEqualTo("1");
        assertThat(trend.path("points")).hasSize(1);
        browser.until(d -> Boolean.TRUE.equals(browser.script("return performance.getEntriesByType('resource')"
                + ".some(e => e.name.includes('/api/v1/dashboard/trends?') && e.name.includes('district=')"
                + " && e.name.includes('from=2025-11-01'))")));
        browser.settled();
        String described = browser.until(d -> d.findElements(By.cssSelector("#chart-trends .chart[role=img]")).stream()
                .map(chart -> chart.getAttribute("aria-label")).filter(words -> words != null && !words.contains("、"))
                .findFirst().orElse(null)); // (the chart of one point, not the year's before it)
        assertThat(described).as("one point, of 1 landing").endsWith(" 1");
        assertThat(browser.script("return document.querySelector('#chart-trends').textContent"))
                .as("no note that the trend ignores the filters").asString().doesNotContain("涵盖全部");
        assertCardsEqual(browser, admin.get(filtered + "&from=2025-11-01&to=2025-11-30").body());

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
