package org.peipao.ops.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.Reads;
import org.peipao.ops.support.StoredEvents;
import org.peipao.ops.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.ops.support.Api.json;

/**
 * The projects' and the challenges' templates round trip: each template, downloaded in XLSX and CSV with zh and en
 * headers, is filled in with the libraries (Apache POI, Commons CSV) in its own column order, a dry run reports every
 * row created and stores nothing, and the real run creates what the rows say, as the API then shows it.
 */
@ImportServerTest
class TemplateRoundTripIntegrationTests {

    /** The projects' columns, en (the API's field names) to zh, in the template's order. */
    private static final Map<String, String> PROJECT_COLUMNS = columns("id", "编号", "title", "项目名称", "domain", "领域",
            "source", "来源", "origin", "来源地", "teamLead", "团队负责人", "summary", "简介", "companions", "陪跑人");
    /** The challenges' columns, en to zh, in the template's order. */
    private static final Map<String, String> CHALLENGE_COLUMNS = columns("id", "编号", "enterprise", "企业",
            "enterpriseCode", "统一社会信用代码", "domain", "领域", "title", "难题", "description", "说明");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({"xlsx, zh-CN", "xlsx, en", "csv, zh-CN", "csv, en"})
    void aFilledProjectsTemplateImportsItsProjectsWithTheirCompanions(String format, String lang) {
        Api admin = TestUsers.ADMIN.api(port);
        String companion = Ids.unique("rt-cmp");
        assertThat(admin.post("/api/v1/companions", json("id", companion, "name", "李伟", "kind", "TECH_BROKER",
                "organisation", "重庆技术转移中心", "domains", List.of("LIFE_SCIENCES"), "capacity", 50)).status())
                .isEqualTo(201);
        String led = Ids.unique("rt-prj");
        String alone = Ids.unique("rt-prj");
        Map<String, String> first = Map.of("id", led, "title", "注射型高活性人工骨", "domain", "LIFE_SCIENCES",
                "source", "XINGYU-CUP-2025", "origin", "Germany", "teamLead", "Dr. Anna Weber",
                "summary", "可注射, \"高活性\"", "companions", companion + ":LEAD:2025-03-01");
        Map<String, String> second = Map.of("id", alone, "title", "Solid-state battery separators",
                "domain", "NEW_MATERIALS", "source", "XINGYU-CUP-2025", "origin", "Singapore",
                "teamLead", "Tan Wei Ming", "summary", "", "companions", "");

        roundTrip("projects", format, lang, PROJECT_COLUMNS, List.of(first, second));

        JsonNode project = Reads.visible(admin, "/api/v1/projects/" + led, 1).body();
        assertThat(project.path("title").asText()).isEqualTo("注射型高活性人工骨");
        assertThat(project.path("domain").asText()).isEqualTo("LIFE_SCIENCES");
        assertThat(project.path("source").asText()).isEqualTo("XINGYU-CUP-2025");
        assertThat(project.path("origin").asText()).isEqualTo("Germany");
        assertThat(project.path("teamLead").asText()).isEqualTo("Dr. Anna Weber");
        assertThat(project.path("summary").asText()).isEqualTo("可注射, \"高活性\"");
        assertThat(project.path("companions")).hasSize(1);
        assertThat(project.path("companions").get(0).path("companionId").asText()).isEqualTo(companion);
        assertThat(project.path("companions").get(0).path("role").asText()).isEqualTo("LEAD");
        assertThat(project.path("companions").get(0).path("since").asText()).isEqualTo("2025-03-01");
        JsonNode other = Reads.visible(admin, "/api/v1/projects/" + alone, 0).body();
        assertThat(other.path("title").asText()).isEqualTo("Solid-state battery separators");
        assertThat(other.path("domain").asText()).isEqualTo("NEW_MATERIALS");
        assertThat(other.path("origin").asText()).isEqualTo("Singapore");
        assertThat(other.path("companions")).isEmpty();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({"xlsx, zh-CN", "xlsx, en", "csv, zh-CN", "csv, en"})
    void aFilledChallengesTemplateImportsItsChallenges(String format, String lang) {
        Api admin = TestUsers.ADMIN.api(port);
        String coded = Ids.unique("rt-ch");
        String plain = Ids.unique("rt-ch");
        String code = Ids.uniqueCreditCode();
        Map<String, String> first = Map.of("id", coded, "enterprise", "重庆特殊钢有限公司", "enterpriseCode", code,
                "domain", "NEW_MATERIALS", "title", "植入合金的疲劳裂纹", "description", "第一行\n第二行");
        Map<String, String> second = Map.of("id", plain, "enterprise", "Liangjiang Robotics", "enterpriseCode", "",
                "domain", "AI", "title", "Bin picking of shiny parts", "description", "");

        roundTrip("challenges", format, lang, CHALLENGE_COLUMNS, List.of(first, second));

        JsonNode challenge = Reads.visible(admin, "/api/v1/challenges/" + coded, 0).body();
        assertThat(challenge.path("enterprise").asText()).isEqualTo("重庆特殊钢有限公司");
        assertThat(challenge.path("enterpriseCode").asText()).isEqualTo(code);
        assertThat(challenge.path("domain").asText()).isEqualTo("NEW_MATERIALS");
        assertThat(challenge.path("title").asText()).isEqualTo("植入合金的疲劳裂纹");
        assertThat(challenge.path("description").asText()).isEqualTo("第一行\n第二行");
        assertThat(challenge.path("status").asText()).isEqualTo("POSTED");
        JsonNode other = Reads.visible(admin, "/api/v1/challenges/" + plain, 0).body();
        assertThat(other.path("enterprise").asText()).isEqualTo("Liangjiang Robotics");
        assertThat(other.path("domain").asText()).isEqualTo("AI");
        assertThat(other.path("title").asText()).isEqualTo("Bin picking of shiny parts");
    }

    /**
     * Downloads {@code kind}'s template, checks its header, fills it with {@code rows} (by field name) in the header's
     * order, and imports it: a dry run that reports every row created and stores nothing, then the real run.
     */
    private void roundTrip(String kind, String format, String lang, Map<String, String> columns,
                           List<Map<String, String>> rows) {
        SheetClient sheets = SheetClient.admin(port);
        String type = "xlsx".equals(format) ? SheetClient.XLSX : SheetClient.CSV;
        SheetClient.Answer template = sheets.get("/api/v1/imports/" + kind + "/template?format=" + format
                + "&lang=" + lang, type);
        assertThat(template.status()).as(template.toString()).isEqualTo(200);
        assertThat(template.contentType()).startsWith(type);
        List<List<String>> read = "xlsx".equals(format) ? TestSheets.readXlsx(template.body(), null)
                : TestSheets.readCsv(template.body());
        boolean chinese = lang.startsWith("zh");
        List<String> header = List.copyOf(chinese ? columns.values() : columns.keySet());
        assertThat(read).as("the template is its header only").containsExactly(header);
        Map<String, String> fields = new LinkedHashMap<>();
        columns.forEach((en, zh) -> fields.put(chinese ? zh : en, en));
        List<List<String>> cells = rows.stream()
                .map(row -> header.stream().map(column -> row.get(fields.get(column))).toList()).toList();
        byte[] file = "xlsx".equals(format) ? TestSheets.fillXlsx(template.body(), cells)
                : TestSheets.fillCsv(template.body(), cells);
        StoredEvents events = new StoredEvents(jdbc);
        long before = events.count();

        JsonNode dryRun = sheets.post("/api/v1/imports/" + kind + "?dryRun=true", file, type).json();

        assertThat(events.count()).as("a dry run stores nothing").isEqualTo(before);
        assertThat(dryRun.path("dryRun").asBoolean()).isTrue();
        assertCreated(dryRun, rows);
        for (Map<String, String> row : rows) {
            assertThat(TestUsers.ADMIN.api(port).get("/api/v1/" + kind + "/" + row.get("id")).status())
                    .as("nothing of a dry run is visible").isEqualTo(404);
        }

        JsonNode applied = sheets.post("/api/v1/imports/" + kind + "?dryRun=false", file, type).json();

        assertThat(applied.path("dryRun").asBoolean()).isFalse();
        assertCreated(applied, rows);
        assertThat(events.count()).isGreaterThan(before);
    }

    private static void assertCreated(JsonNode report, List<Map<String, String>> rows) {
        assertThat(report.path("created").asInt()).as(report.toString()).isEqualTo(rows.size());
        assertThat(report.path("refused").asInt()).as(report.toString()).isZero();
        assertThat(report.path("unchanged").asInt()).as(report.toString()).isZero();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode line = report.path("rows").get(i);
            assertThat(line.path("row").asInt()).isEqualTo(i + 2);
            assertThat(line.path("id").asText()).isEqualTo(rows.get(i).get("id"));
            assertThat(line.path("outcome").asText()).isEqualTo("created");
        }
    }

    private static Map<String, String> columns(String... enAndZh) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < enAndZh.length; i += 2) {
            columns.put(enAndZh[i], enAndZh[i + 1]);
        }
        return columns;
    }
}
