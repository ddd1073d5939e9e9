package org.peipao.ops.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.Reads;
import org.peipao.ops.support.StoredEvents;
import org.peipao.ops.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Companions, projects and challenges imported from CSV and XLSX through the command side. */
@ImportServerTest
class ImportIntegrationTests {

    static final List<String> COMPANION_HEADER = List.of("id", "name", "kind", "organisation", "domains", "email",
            "capacity");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFilledTemplateImportsItsRowsAndTheListShowsThem() {
        SheetClient sheets = SheetClient.admin(port);
        SheetClient.Answer template = sheets.get("/api/v1/imports/companions/template?format=xlsx&lang=zh-CN",
                SheetClient.XLSX);
        assertThat(template.status()).isEqualTo(200);
        List<List<String>> header = TestSheets.readXlsx(template.body(), null);
        assertThat(header).containsExactly(List.of("编号", "姓名", "陪跑人类型", "单位", "擅长领域", "电子邮件", "陪跑上限"));
        String a = Ids.unique("tpl");
        String b = Ids.unique("tpl");
        List<List<String>> filled = new ArrayList<>(header);
        filled.add(List.of(a, "李伟", "TECH_BROKER", "重庆技术转移中心", "AI、LIFE_SCIENCES", "li.wei@example.org", "5"));
        filled.add(List.of(b, "王芳", "INVESTMENT_MANAGER", "两江孵化器", "", "", ""));

        JsonNode report = sheets.post("/api/v1/imports/companions?dryRun=false", TestSheets.xlsx(filled),
                SheetClient.XLSX).json();

        assertThat(report.path("created").asInt()).as(report.toString()).isEqualTo(2);
        JsonNode companion = Reads.visible(TestUsers.ADMIN.api(port), "/api/v1/companions/" + a, 0).body();
        assertThat(companion.path("domains").toString()).isEqualTo("[\"AI\",\"LIFE_SCIENCES\"]");
        assertThat(companion.path("capacity").asInt()).isEqualTo(5);
        assertThat(Reads.visible(TestUsers.ADMIN.api(port), "/api/v1/companions/" + b, 0).body()
                .path("capacity").asInt()).isEqualTo(8);
    }

    @Test
    void theCsvTemplateIsTheEnglishHeaderWithAByteOrderMark() {
        SheetClient.Answer template = SheetClient.admin(port).get("/api/v1/imports/projects/template?format=csv",
                SheetClient.CSV);
        assertThat(template.contentType()).startsWith("text/csv");
        assertThat(TestSheets.readCsv(template.body())).containsExactly(
                List.of("id", "title", "domain", "source", "origin", "teamLead", "summary", "companions"));
    }

    @Test
    void aReimportStoresNothingAndReportsEveryRowUnchanged() {
        byte[] file = TestSheets.csv(companions(Ids.unique("again"), 3));
        SheetClient sheets = SheetClient.admin(port);
        assertThat(sheets.post("/api/v1/imports/companions?dryRun=false", file, SheetClient.CSV).json()
                .path("created").asInt()).isEqualTo(3);
        StoredEvents events = new StoredEvents(jdbc);
        long before = events.count();

        JsonNode again = sheets.post("/api/v1/imports/companions?dryRun=false", file, SheetClient.CSV).json();

        assertThat(events.count()).isEqualTo(before);
        assertThat(again.path("unchanged").asInt()).isEqualTo(3);
        assertThat(again.path("created").asInt()).isZero();
        again.path("rows").forEach(line -> assertThat(line.path("outcome").asText()).isEqualTo("unchanged"));
    }

    @Test
    void aChangedRowUpdatesTheProfileOnceAndAChangedKindIsRefused() {
        String prefix = Ids.unique("change");
        SheetClient sheets = SheetClient.admin(port);
        List<List<String>> rows = companions(prefix, 2);
        sheets.post("/api/v1/imports/companions?dryRun=false", TestSheets.csv(rows), SheetClient.CSV);
        List<List<String>> changed = List.of(COMPANION_HEADER,
                List.of(prefix + "-1", "Name 1", "TECH_BROKER", "New Organisation", "AI", "", "8"),
                List.of(prefix + "-2", "Name 2", "INVESTMENT_MANAGER", "Organisation 2", "AI", "", "8"));

        JsonNode report = sheets.post("/api/v1/imports/companions?dryRun=false", TestSheets.csv(changed),
                SheetClient.CSV).json();
        long after = new StoredEvents(jdbc).count();
        JsonNode again = sheets.post("/api/v1/imports/companions?dryRun=false", TestSheets.csv(changed),
                SheetClient.CSV).json();

        assertThat(report.path("updated").asInt()).as(report.toString()).isEqualTo(1);
        assertThat(report.path("rows").get(1).path("field").asText()).isEqualTo("kind");
        assertThat(report.path("rows").get(1).path("type").asText()).isEqualTo("id-already-used");
        assertThat(again.path("unchanged").asInt()).as(again.toString()).isEqualTo(1);
        assertThat(new StoredEvents(jdbc).count()).isEqualTo(after);
        assertThat(Reads.visible(TestUsers.ADMIN.api(port), "/api/v1/companions/" + prefix + "-1", 1).body()
                .path("organisation").asText()).isEqualTo("New Organisation");
    }

    @Test
    void gb18030AndBomlessUtf8AreReadAndACharsetCanBeChosen() {
        SheetClient sheets = SheetClient.admin(port);
        Charset gb18030 = Charset.forName("GB18030");
        for (byte[] file : List.of(
                TestSheets.csv(chinese(Ids.unique("gb")), gb18030, false),
                TestSheets.csv(chinese(Ids.unique("utf")), StandardCharsets.UTF_8, false))) {
            JsonNode report = sheets.post("/api/v1/imports/companions?dryRun=true", file, SheetClient.CSV).json();
            assertThat(report.path("created").asInt()).as(report.toString()).isEqualTo(1);
        }
        JsonNode chosen = sheets.post("/api/v1/imports/companions?dryRun=true&charset=GB18030",
                TestSheets.csv(chinese(Ids.unique("gbk")), Charset.forName("GBK"), false), SheetClient.CSV).json();
        assertThat(chosen.path("created").asInt()).as(chosen.toString()).isEqualTo(1);
    }

    @Test
    void aMultipartFilePartIsImportedToo() {
        SheetClient.Answer answer = SheetClient.admin(port).postPart("/api/v1/imports/challenges?dryRun=false",
                TestSheets.xlsx(List.of(List.of("id", "enterprise", "domain", "title"),
                        List.of(Ids.unique("ch"), "重庆特殊钢有限公司", "NEW_MATERIALS", "疲劳裂纹"))),
                "challenges.xlsx", "application/octet-stream");
        assertThat(answer.json().path("created").asInt()).as(answer.toString()).isEqualTo(1);
    }

    @Test
    void theReportDownloadsAsCsvAndXlsxByItsJob() {
        SheetClient sheets = SheetClient.admin(port);
        String job = Ids.unique("job");
        sheets.post("/api/v1/imports/companions?dryRun=true&job=" + job,
                TestSheets.csv(companions(Ids.unique("dl"), 2)), SheetClient.CSV);

        JsonNode progress = sheets.get("/api/v1/imports/jobs/" + job, "application/json").json();
        List<List<String>> csv = TestSheets.readCsv(sheets.get("/api/v1/imports/jobs/" + job + "/report",
                SheetClient.CSV).body());
        List<List<String>> xlsx = TestSheets.readXlsx(sheets.get("/api/v1/imports/jobs/" + job + "/report",
                SheetClient.XLSX).body(), null);

        assertThat(progress.path("finished").asBoolean()).isTrue();
        assertThat(progress.path("done").asInt()).isEqualTo(2);
        assertThat(csv.get(0)).containsExactly("row", "id", "outcome", "field", "status", "type", "detail");
        assertThat(csv).hasSize(3);
        assertThat(xlsx.get(1).subList(0, 3)).isEqualTo(csv.get(1).subList(0, 3));
    }

    @Test
    void theOpenApiDocumentNamesTheFilesEachEndpointTakesAndGives() {
        JsonNode paths = admin().get("/v3/api-docs").body().path("paths");

        JsonNode importing = paths.path("/api/v1/imports/{kind}").path("post");
        assertThat(fieldNames(importing.path("requestBody").path("content")))
                .contains("text/csv", SheetClient.XLSX, "multipart/form-data");
        assertThat(fieldNames(importing.path("responses").path("200").path("content")))
                .contains("application/json", "text/csv", SheetClient.XLSX);
        assertThat(fieldNames(paths.path("/api/v1/imports/{kind}/template").path("get").path("responses").path("200")
                .path("content"))).contains("text/csv", SheetClient.XLSX);
        for (String list : List.of("/api/v1/companions", "/api/v1/projects", "/api/v1/challenges", "/api/v1/dashboard",
                "/api/v1/audit/events")) {
            assertThat(fieldNames(paths.path(list).path("get").path("responses").path("200").path("content")))
                    .as(list).contains("text/csv", SheetClient.XLSX);
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheImportReport() {
        JsonNode document = admin().get("/v3/api-docs").body();
        JsonNode paths = document.path("paths");

        for (JsonNode answer : List.of(paths.path("/api/v1/imports/{kind}").path("post"),
                paths.path("/api/v1/imports/jobs/{job}/report").path("get"))) {
            JsonNode report = schema(document, answer.path("responses").path("200").path("content")
                    .path("application/json").path("schema"));
            assertThat(fieldNames(report.path("properties"))).as(answer.toString())
                    .contains("created", "unchanged", "refused", "rows");
            assertThat(report.path("properties").path("rows").path("type").asText()).isEqualTo("array");
            JsonNode line = schema(document, report.path("properties").path("rows").path("items"));
            assertThat(fieldNames(line.path("properties")))
                    .contains("row", "id", "outcome", "field", "type", "detail");
        }
    }

    /** A schema of the document, followed through its {@code $ref}. */
    private static JsonNode schema(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText();
        assertThat(ref).as("a named schema: %s", schema).startsWith("#/components/schemas/");
        return document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<List<String>> companions(String prefix, int count) {
        List<List<String>> rows = new ArrayList<>(List.of(COMPANION_HEADER));
        for (int i = 1; i <= count; i++) {
            rows.add(List.of(prefix + "-" + i, "Name " + i, "TECH_BROKER", "Organisation " + i, "AI", "", "8"));
        }
        return rows;
    }

    private static List<List<String>> chinese(String id) {
        return List.of(List.of("编号", "姓名", "陪跑人类型", "单位", "擅长领域"),
                List.of(id, "张三丰", "TECH_BROKER", "重庆市巴南区生物城", "LIFE_SCIENCES；AI"));
    }

    Api admin() {
        return TestUsers.ADMIN.api(port);
    }
}
