package org.peipao.ops.console;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peipao.ops.support.Api.json;

/**
 * A mentor logs, from a phone, the solving of an enterprise's problem on a project they accompany: a wrong field
 * comes back next to that field, then the milestone is logged. An administrator verifies it from the verification
 * queue, where it leaves the queue, and the dashboard's count of solved problems goes up.
 */
@ServerTest
class VerificationBrowserTests extends BrowserScenario {

    @Test
    void aMentorLogsAMilestoneAndAnAdministratorVerifiesIt() {
        fixtures.mentorCompanion();
        String project = fixtures.projectAccompaniedBy(TestUsers.MENTOR_COMPANION);
        String challenge = fixtures.challenge();
        assertThat(admin.post("/api/v1/challenges/" + challenge + "/match", json("projectId", project)).status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                admin.get("/api/v1/challenges/" + challenge).text("status").equals("MATCHED"));
        long solvedBefore = admin.get("/api/v1/dashboard").body().at("/challenges/solved").asLong();

        Browser phone = browser(Browser.PHONE, "en-US");
        phone.signIn(TestUsers.MENTOR, "en");
        phone.open("/#/work");
        phone.waitFor(By.cssSelector("#my-projects-table button[data-project='" + project + "']")).click();
        WebElement form = phone.waitFor(By.cssSelector(".milestone-form"));
        choose(form.findElement(By.name("type")), "TECH_PROBLEM_SOLVED");
        setDate(phone, form.findElement(By.name("occurredOn")), "2025-06-10");
        form.findElement(By.name("summary")).sendKeys("Fatigue cracks in implant alloys solved");
        form.findElement(By.name("challengeId")).sendKeys(challenge);
        form.findElement(By.name("evidenceUrl")).sendKeys("ftp://example.org/report.pdf");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement error = phone.waitFor(By.cssSelector(".milestone-form [data-field=evidenceUrl] .field-error"));
        assertThat(error.getText()).isEqualTo("must be an http or https URL");
        assertThat(form.findElement(By.name("evidenceUrl")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(form.findElements(By.cssSelector(".field-error")).stream().filter(WebElement::isDisplayed))
                .as("only the wrong field says so").hasSize(1);
        assertThat(phone.horizontalOverflow()).isLessThanOrEqualTo(0);
        phone.screenshot("work-error-phone-en");

        WebElement evidence = form.findElement(By.name("evidenceUrl"));
        evidence.clear();
        evidence.sendKeys("https://example.org/report.pdf");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        phone.waitFor(By.cssSelector(".milestone-form .success"));
        phone.waitFor(By.cssSelector("#work-milestones [data-status=LOGGED]"));
        assertThat(error.isDisplayed()).isFalse();
        phone.screenshot("work-logged-phone-en");

        Browser desktop = browser(Browser.DESKTOP, "en-US");
        desktop.signIn(TestUsers.ADMIN, "en");
        desktop.open("/#/queue");
        By waiting = By.cssSelector("table#queue tbody tr:has(a[href$='/projects/" + project + "'])");
        WebElement row = desktop.waitFor(waiting);
        assertThat(row.getText()).contains("Fatigue cracks in implant alloys solved");
        WebElement verification = row.findElement(By.cssSelector(".verification"));
        verification.findElement(By.name("note")).sendKeys("test report checked");
        desktop.screenshot("queue-admin-en");
        verification.findElement(By.cssSelector(".verify button[type=submit]")).click();
        desktop.until(d -> d.findElements(waiting).isEmpty());
        assertThat(admin.get("/api/v1/projects/" + project).body().at("/milestones/0/status").asText())
                .isEqualTo("VERIFIED");

        desktop.open("/#/dashboard");
        desktop.until(d -> {
            desktop.settled();
            boolean counted = Long.parseLong(kpi(desktop, "problems-solved").getAttribute("data-value")) == solvedBefore + 1;
            if (!counted) {
                d.navigate().refresh(); // the challenge is solved by a process that follows the verification
            }
            return counted;
        });
    }
}
