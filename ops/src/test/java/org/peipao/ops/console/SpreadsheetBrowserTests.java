package org.peipao.ops.console;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.Reads;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.ops.support.Api.json;

/**
 * An administrator imports companions, projects with their companions, and challenges from the console, a dry run
 * first and then for real, in both languages and on a phone; every list exports what it shows to Excel or CSV.
 */
@ServerTest
class SpreadsheetBrowserTests extends BrowserScenario {

    /**
     * Records the console's downloads instead of saving them: file name, media type, size, whether it starts with a
     * UTF-8 byte-order mark, and its first line (the decoder drops the mark).
     */
    private static final String RECORD_DOWNLOADS = """
            window.downloads = [];
            const blobs = new Map();
            const create = URL.createObjectURL.bind(URL);
            URL.createObjectURL = blob => { const url = create(blob); blobs.set(url, blob); return url; };
            HTMLAnchorElement.prototype.click = function () {
              const blob = blobs.get(this.href);
              blob.arrayBuffer().then(buffer => {
                const bytes = new Uint8Array(buffer);
                window.downloads.push({name: this.download, type: blob.type, size: blob.size,
                  bom: bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF,
                  first: new TextDecoder().decode(bytes).split('\\n')[0]});
              });
            };""";

    @Test
    void anAdministratorImportsEachKindDryRunFirst() throws IOException {
        String prefix = Ids.unique("ui");
        Path companions = file("companions.csv", "编号,姓名,陪跑人类型,单位,擅长领域,陪跑上限\n"
                + prefix + "-li,李伟,TECH_BROKER,重庆技术转移中心,AI、LIFE_SCIENCES,5\n"
                + prefix + "-wang,王芳,INVESTMENT_MANAGER,两江孵化器,AI,\n"
                + prefix + "-bad,赵六,WIZARD,某单位,AI,\n", StandardCharsets.UTF_8);
        Path projects = file("projects.csv", "id,title,domain,source,origin,teamLead,companions\n"
                + prefix + "-bone,Injectable artificial bone,LIFE_SCIENCES,XINGYU-CUP-2025,Germany,Dr. Anna Weber,"
                + prefix + "-li:LEAD;" + prefix + "-wang:SUPPORTING\n", StandardCharsets.UTF_8);
        Path challenges = file("challenges.csv", "编号,企业,领域,难题\n"
                + prefix + "-steel,重庆特殊钢有限公司,NEW_MATERIALS,植入合金的疲劳裂纹\n", Charset.forName("GB18030"));

        Browser desktop = browser(Browser.DESKTOP, "en-US");
        desktop.signIn(TestUsers.ADMIN, "en");
        desktop.open("/#/imports");
        importFile(desktop, "companions", companions, Map.of("created", "2", "refused", "1"));
        assertThat(desktop.waitFor(By.cssSelector("#import-report-table tbody tr:first-child")).getText())
                .contains(prefix + "-bad", "kind");
        desktop.screenshot("imports-desktop-en");
        importFile(desktop, "projects", projects, Map.of("created", "1"));
        importFile(desktop, "challenges", challenges, Map.of("created", "1"));

        assertThat(Reads.visible(admin, "/api/v1/projects/" + prefix + "-bone", 2).body().path("companions").size())
                .isEqualTo(2);
        assertThat(Reads.visible(admin, "/api/v1/challenges/" + prefix + "-steel", 0).body().path("enterprise")
                .asText()).isEqualTo("重庆特殊钢有限公司");

        for (String language : List.of("zh-CN", "en")) {
            Browser phone = browser(Browser.PHONE, language);
            phone.signIn(TestUsers.ADMIN, language);
            phone.open("/#/imports?kind=companions");
            phone.waitFor(By.id("import-dry-run"));
            phone.waitFor(By.name("file")).sendKeys(companions.toString());
            phone.waitFor(By.id("import-dry-run")).click();
            phone.waitFor(By.cssSelector("#import-report [data-outcome=unchanged]"));
            phone.settled();
            assertThat(phone.horizontalOverflow()).isLessThanOrEqualTo(0);
            phone.screenshot("imports-phone-" + language);
        }
    }

    @Test
    void everyListExportsWhatItShows() {
        String companion = fixtures.companion();
        Reads.visible(admin, "/api/v1/companions/" + companion, 0);
        Browser browser = browser(Browser.DESKTOP, "zh-CN");
        browser.signIn(TestUsers.ADMIN, "zh-CN");
        record(browser, "/#/companions?kind=TECH_BROKER");
        browser.waitFor(By.cssSelector("#companions-exports [data-export=csv]")).click();
        Map<String, Object> csv = download(browser, 0);
        browser.waitFor(By.cssSelector("#companions-exports [data-export=xlsx]")).click();
        assertThat(csv.get("name")).isEqualTo("companions.csv");
        assertThat((String) csv.get("first")).startsWith("编号,姓名,陪跑人类型");
        assertThat(csv.get("bom")).isEqualTo(true);
        assertThat(download(browser, 1)).containsEntry("name", "companions.xlsx")
                .containsEntry("type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        for (String[] list : new String[][]{{"/#/projects", "#projects-exports", "projects.xlsx"},
                {"/#/dashboard", "#dashboard-exports", "dashboard.xlsx"},
                {"/#/audit", "#audit-log-exports", "events.xlsx"}}) {
            record(browser, list[0]);
            browser.waitFor(By.cssSelector(list[1] + " [data-export=xlsx]")).click();
            Map<String, Object> file = download(browser, 0);
            assertThat(file.get("name")).isEqualTo(list[2]);
            assertThat(((Number) file.get("size")).longValue()).isGreaterThan(1000);
        }
    }

    private static void importFile(Browser browser, String kind, Path file, Map<String, String> counts) {
        choose(browser.waitFor(By.name("kind")), kind);
        WebElement input = browser.waitFor(By.name("file"));
        input.sendKeys(file.toString());
        assertThat(browser.waitFor(By.id("import-apply")).isEnabled()).as("no import before a dry run").isFalse();
        browser.waitFor(By.id("import-dry-run")).click();
        browser.until(d -> d.findElement(By.id("import-apply")).isEnabled());
        counts.forEach((outcome, value) -> assertThat(browser.waitFor(By.cssSelector(
                "#import-report [data-outcome=" + outcome + "] .value")).getText()).as(kind + " " + outcome)
                .isEqualTo(value));
        browser.waitFor(By.id("import-apply")).click();
        browser.waitFor(By.cssSelector("#import-progress .success"));
        counts.forEach((outcome, value) -> assertThat(browser.waitFor(By.cssSelector(
                "#import-report [data-outcome=" + outcome + "] .value")).getText()).isEqualTo(value));
        assertThat(browser.waitFor(By.id("import-apply")).isEnabled()).as("applied once").isFalse();
    }

    private static void record(Browser browser, String route) {
        browser.open(route);
        browser.settled();
        browser.script(RECORD_DOWNLOADS);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> download(Browser browser, int index) {
        browser.until(d -> ((Number) browser.script("return window.downloads.length")).intValue() > index);
        return (Map<String, Object>) browser.script("return window.downloads[arguments[0]]", index);
    }

    private static Path file(String name, String text, Charset charset) throws IOException {
        Path file = Files.createTempDirectory("peipao-import").resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }
}
