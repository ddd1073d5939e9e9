package org.peipao.ops.console;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.Reads;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.ops.support.Api.json;

/**
 * An auditor picks a project, reads its history (who, when, what), sees its state and the dashboard as of a date,
 * and runs the verification of the event log and the read models, at once and as a job that ends with a receipt to
 * download; on a phone, an incremental run.
 */
@ServerTest
class AuditBrowserTests extends BrowserScenario {

    @Test
    void anAuditorReadsAHistoryTheStateAndDashboardAsOfADateAndTheVerification() {
        String project = Ids.unique("project");
        String title = "Audit trail " + project;
        assertThat(admin.post("/api/v1/projects", json("id", project, "title", title, "domain", "AI",
                "source", "XINGYU_CUP", "origin", "Germany", "teamLead", "Dr. Anna Weber")).status()).isEqualTo(201);
        fixtures.assign(project, fixtures.companion());
        // registered (version 0), then the assignment and the start of incubation it makes (1 and 2): one command
        // appends both, but the projects' processor may take them in two batches, so wait for the second
        long version = Reads.visible(admin, "/api/v1/projects/" + project, 2).body().path("version").asLong();

        Browser browser = browser(Browser.DESKTOP, "zh-CN");
        browser.timeZone(zoneOnAnotherDayThanTheOffice());
        browser.signIn(TestUsers.AUDITOR, "zh-CN");
        browser.open("/#/audit");
        WebElement search = browser.waitFor(By.cssSelector("#audit-history input[name=q]"));
        search.sendKeys(title);
        search.submit();
        browser.waitFor(By.cssSelector("button[data-stream='" + project + "']")).click();
        WebElement events = browser.waitFor(By.id("audit-events-table"));
        assertThat(events.findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(events.findElement(By.cssSelector("tbody tr td:nth-child(3)")).getText()).isEqualTo("登记项目");
        assertThat(events.findElement(By.cssSelector("tbody tr td:nth-child(4)")).getText()).isEqualTo("admin (管理员)");

        browser.waitFor(By.cssSelector("#audit-as-of-section button[type=submit]")).click();
        WebElement state = browser.waitFor(By.cssSelector("#audit-state .state-as-of"));
        assertThat(state.getAttribute("data-version")).isEqualTo(String.valueOf(version));
        assertThat(state.getText()).contains(title);
        browser.waitFor(By.cssSelector("#audit-dashboard [data-kpi=active-companions]"));

        setDate(browser, browser.waitFor(By.cssSelector("#audit-as-of-section input[name=asOf]")), "2000-01-01");
        browser.waitFor(By.cssSelector("#audit-as-of-section button[type=submit]")).click();
        browser.until(d -> d.findElements(By.cssSelector("#audit-state .state.error")).size() == 1);
        assertThat(browser.waitFor(By.cssSelector("#audit-dashboard [data-kpi=projects-incubating]"))
                .getAttribute("data-value")).as("nothing had happened by then").isEqualTo("0");

        browser.waitFor(By.id("run-verification")).click();
        WebElement outcome = browser.until(d -> d.findElements(By.cssSelector("#audit-verification .verification-result"))
                .stream().findFirst().orElse(null), Duration.ofMinutes(2));
        assertThat(outcome.findElements(By.cssSelector("[data-status=OK]"))).hasSize(2);
        browser.screenshot("audit-auditor-zh");

        browser.waitFor(By.id("start-full-verification")).click();
        WebElement run = browser.until(d -> d.findElements(By.cssSelector("#verification-job .verification-run"))
                .stream().findFirst().orElse(null), Duration.ofMinutes(2));
        assertThat(run.getAttribute("data-status")).as(run.getText()).isEqualTo("DONE");
        assertThat(run.findElements(By.cssSelector(".verification-result [data-status=OK]"))).hasSize(2);
        String id = run.getAttribute("data-run");
        WebElement download = run.findElement(By.cssSelector("button.download-receipt"));
        assertThat(download.getText()).isEqualTo("下载回执");
        download.click();
        WebElement past = browser.until(d -> d.findElements(By.cssSelector(
                "#verification-runs-table button.download-receipt[data-run='" + id + "']")).stream().findFirst()
                .orElse(null), Duration.ofSeconds(20));
        assertThat(past.findElement(By.xpath("ancestor::tr")).findElement(By.cssSelector("[data-status]"))
                .getText()).isEqualTo("已完成");
        browser.screenshot("audit-verification-job-zh");

        Browser phone = browser(Browser.PHONE, "en-US");
        phone.signIn(TestUsers.AUDITOR, "en");
        phone.open("/#/audit");
        phone.waitFor(By.cssSelector("#verification-runs-table button.download-receipt[data-run='" + id + "']"));
        phone.waitFor(By.id("start-incremental-verification")).click();
        WebElement incremental = phone.until(d -> d.findElements(By.cssSelector(
                "#verification-job .verification-run")).stream().findFirst().orElse(null), Duration.ofMinutes(1));
        assertThat(incremental.getAttribute("data-status")).as(incremental.getText()).isEqualTo("DONE");
        assertThat(incremental.getText()).contains("An incremental run checks the new events only");
        assertThat(phone.horizontalOverflow()).isLessThanOrEqualTo(0);
        phone.screenshot("audit-verification-job-phone-en");
    }

    /**
     * A time zone whose date is not the office's (Asia/Shanghai) right now: the as-of date the console proposes must be
     * the office's today, not the browser's (Pago Pago is 19 hours behind Chongqing, Kiritimati 6 ahead).
     */
    private static String zoneOnAnotherDayThanTheOffice() {
        LocalDate office = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        return LocalDate.now(ZoneId.of("Pacific/Pago_Pago")).equals(office) ? "Pacific/Kiritimati" : "Pacific/Pago_Pago";
    }
}
