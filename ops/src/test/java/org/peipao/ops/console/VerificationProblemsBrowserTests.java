package org.peipao.ops.console;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peipao.audit.StoredRows;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peipao.ops.support.Api.json;

/**
 * An auditor's incremental verification after an event was removed behind the application's back (in English), then
 * after it was put back (in Chinese): the problem of the whole log reads as such in the table of problems.
 */
@ServerTest
class VerificationProblemsBrowserTests extends BrowserScenario {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anIncrementalRunNamesEventsRemovedAndAddedAsProblemsOfTheWholeLog() {
        String project = Ids.unique("project");
        assertThat(admin.post("/api/v1/projects", json("id", project, "title", "Counted " + project, "domain", "AI",
                "source", "XINGYU_CUP", "origin", "Germany", "teamLead", "Dr. Anna Weber")).status()).isEqualTo(201);
        Api auditor = TestUsers.AUDITOR.api(port);
        full(auditor); // the base the incremental runs below extend, with the event still stored

        Map<String, Object> row = StoredRows.takeOut(jdbc, project, 0);
        try {
            Browser browser = browser(Browser.DESKTOP, "en-US");
            browser.signIn(TestUsers.AUDITOR, "en");
            WebElement run = incremental(browser);
            assertThat(run.findElement(By.id("chain-problems")).getText()).contains("whole log").contains("Events removed");
            assertThat(run.findElement(By.cssSelector("[role=status]")).getText())
                    .as("a finished run that found problems does not say the log is verified")
                    .startsWith("Done: the check found problems");
            browser.screenshot("audit-events-removed-en");
        } finally {
            StoredRows.putBack(jdbc, row);
        }
        Browser browser = browser(Browser.DESKTOP, "zh-CN");
        browser.signIn(TestUsers.AUDITOR, "zh-CN");
        WebElement run = incremental(browser);
        assertThat(run.findElement(By.id("chain-problems")).getText()).contains("整个日志").contains("事件被插入");
        assertThat(run.findElement(By.cssSelector("[role=status]")).getAttribute("class")).isEqualTo("problems");
        browser.screenshot("audit-events-added-zh");
        full(auditor); // later runs extend a run that counted the log as it is
    }

    /** Starts an incremental run on the audit screen and answers it once done, as the auditor sees it. */
    private static WebElement incremental(Browser browser) {
        browser.open("/#/audit");
        browser.waitFor(By.id("start-incremental-verification")).click();
        WebElement run = browser.until(d -> d.findElements(By.cssSelector("#verification-job .verification-run"))
                .stream().filter(r -> "DONE".equals(r.getAttribute("data-status"))).findFirst().orElse(null),
                Duration.ofMinutes(1));
        return run;
    }

    private static void full(Api auditor) {
        Api.Response started = auditor.post("/api/v1/audit/verifications", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.headers().getFirst("Location");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250)).until(() -> {
            JsonNode run = auditor.get(location).body();
            return run.path("status").asText().equals("DONE");
        });
    }
}
