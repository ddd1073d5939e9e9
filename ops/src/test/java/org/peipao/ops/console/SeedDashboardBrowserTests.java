package org.peipao.ops.console;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard over the demo data (the article's 2025 programme): the figures the article reports, as the API
 * gives them, written each language's way. Its screenshots are the README's (ops/console/docs/).
 */
@ServerTest
@TestPropertySource(properties = "peipao.seed=article")
class SeedDashboardBrowserTests extends BrowserScenario {

    @Test
    void theArticlesFiguresAppearAsTheApiGivesThem() {
        JsonNode all = admin.get("/api/v1/dashboard").body();
        assertThat(all.at("/companions/active").asLong()).isEqualTo(510);

        for (String language : new String[]{"zh-CN", "en"}) {
            Browser browser = browser(Browser.DESKTOP, language.equals("en") ? "en-US" : "zh-CN");
            browser.signIn(TestUsers.ADMIN, language);
            browser.open("/?lang=" + language + "#/dashboard?from=2025-01-01");
            browser.settled();
            JsonNode since2025 = admin.get("/api/v1/dashboard?from=2025-01-01").body();
            assertThat(kpi(browser, "active-companions").getAttribute("data-value")).isEqualTo("510");
            assertThat(kpi(browser, "problems-solved").getAttribute("data-value")).isEqualTo("273");
            assertThat(kpi(browser, "enterprises-served").getAttribute("data-value")).isEqualTo("151");
            assertThat(new BigDecimal(kpi(browser, "signed-amount").getAttribute("data-value")))
                    .isEqualByComparingTo(since2025.at("/landings/signedAmountCny").decimalValue());
            browser.until(d -> d.findElements(By.cssSelector(".chart:not([role=img])")).isEmpty());
            browser.screenshot("readme-dashboard-" + language);

            browser.open("/?lang=" + language + "#/dashboard?source=BIO-CITY-2025");
            browser.until(d -> "3685000000".equals(kpi(browser, "signed-amount").getAttribute("data-value")));
            assertThat(kpi(browser, "signed-amount").findElement(By.className("figure")).getText())
                    .isEqualTo(language.equals("en") ? "CNY 3.685 bn" : "36.85亿元");
        }
    }
}
