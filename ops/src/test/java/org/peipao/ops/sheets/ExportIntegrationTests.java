package org.peipao.ops.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Fixtures;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.Reads;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.ops.support.Api.json;

/**
 * Exports read back with the libraries (Apache POI, Commons CSV) equal what the API answers: the lists with their
 * filters and without their paging, the dashboard's tables, the audit log; zh headers for zh; no cell a formula.
 */
@ServerTest
class ExportIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aFilteredListExportsWholeAsXlsxAndCsvEqualToTheApi() {
        Api admin = TestUsers.ADMIN.api(port);
        String organisation = Ids.unique("ExportOffice");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 105; i++) {
            String id = Ids.unique("exp");
            ids.add(id);
            assertThat(admin.post("/api/v1/companions", json("id", id, "name", i == 0 ? "=HYPERLINK(\"x\")" : "Name " + i,
                    "kind", i % 2 == 0 ? "TECH_BROKER" : "INVESTMENT_MANAGER", "organisation", organisation,
                    "domains", List.of("AI", "NEW_MATERIALS"), "capacity", 1 + i % 9)).status()).isEqualTo(201);
        }
        Reads.visible(admin, "/api/v1/companions/" + ids.get(ids.size() - 1), 0);
        String filter = "/api/v1/companions?kind=TECH_BROKER&q=" + organisation;
        JsonNode api = admin.get(filter + "&size=100").body();
        SheetClient sheets = new SheetClient(port, "mentor");

        List<List<String>> xlsx = TestSheets.readXlsx(sheets.get(filter, SheetClient.XLSX).body(), null);
        List<List<String>> csv = TestSheets.readCsv(sheets.get(filter + "&lang=zh-CN", SheetClient.CSV).body());

        assertThat(api.path("total").asInt()).isEqualTo(53);
        assertThat(xlsx.get(0)).containsExactly("id", "name", "kind", "organisation", "domains", "status", "capacity",
                "activeAssignments");
        assertThat(csv.get(0)).containsExactly("编号", "姓名", "陪跑人类型", "单位", "擅长领域", "状态", "陪跑上限", "在陪跑项目");
        assertThat(xlsx).hasSize(54);
        for (int i = 0; i < api.path("items").size(); i++) {
            JsonNode item = api.path("items").get(i);
            List<String> expected = List.of(item.path("id").asText(), item.path("name").asText(),
                    item.path("kind").asText(), item.path("organisation").asText(), "AI;NEW_MATERIALS",
                    item.path("status").asText(), item.path("capacity").asText(), item.path("activeAssignments").asText());
            assertThat(xlsx.get(i + 1)).isEqualTo(expected);
            assertThat(csv.get(i + 1).get(0)).isEqualTo(item.path("id").asText());
        }
        assertThat(csv).anyMatch(row -> row.get(1).equals("'=HYPERLINK(\"x\")"));
        assertThat(csv.get(1).get(4)).isEqualTo("AI、NEW_MATERIALS");
    }

    @Test
    void noXlsxCellIsAFormula() throws IOException {
        Api admin = TestUsers.ADMIN.api(port);
        String id = Ids.unique("formula");
        admin.post("/api/v1/challenges", json("id", id, "enterprise", "=1+2 Enterprise " + id, "domain", "AI",
                "title", "@SUM(A1)"));
        Reads.visible(admin, "/api/v1/challenges/" + id, 0);
        byte[] file = new SheetClient(port, "auditor").get("/api/v1/challenges?enterprise=" + id, SheetClient.XLSX)
                .body();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell ->
                    assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.NUMERIC)));
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).startsWith("=1+2");
        }
    }

    @Test
    void theDashboardsTablesEqualItsFigures() {
        Api admin = TestUsers.ADMIN.api(port);
        Fixtures fixtures = new Fixtures(admin);
        long landings = admin.get("/api/v1/dashboard").body().path("landings").path("count").asLong();
        String project = fixtures.projectAccompaniedBy(fixtures.companion());
        assertThat(admin.post("/api/v1/projects/" + project + "/landings", Fixtures.landingBody(Ids.unique("l")))
                .status()).isEqualTo(201);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                admin.get("/api/v1/dashboard").body().path("landings").path("count").asLong() > landings);
        JsonNode dashboard = admin.get("/api/v1/dashboard").body();
        SheetClient sheets = new SheetClient(port, "auditor");

        byte[] workbook = sheets.get("/api/v1/dashboard", SheetClient.XLSX).body();
        List<List<String>> byDistrict = TestSheets.readXlsx(workbook, "landingsByDistrict");
        List<List<String>> kpis = TestSheets.readCsv(sheets.get("/api/v1/dashboard", SheetClient.CSV).body());
        List<List<String>> leaders = TestSheets.readCsv(sheets.get("/api/v1/dashboard?table=leaderboard&lang=zh",
                SheetClient.CSV).body());

        assertThat(TestSheets.sheetNames(workbook)).containsExactly("kpis", "companionsByKind", "projectsByDomain",
                "projectsBySource", "landingsByDistrict", "landingsByDomain", "landingsByForm",
                "verifiedMilestonesByType", "leaderboard");
        Map<String, String> expected = new TreeMap<>();
        dashboard.path("landings").path("byDistrict").fields().forEachRemaining(e -> expected.put(e.getKey(),
                e.getValue().path("count").asText() + " " + e.getValue().path("signedAmountCny").decimalValue()
                        .stripTrailingZeros().toPlainString()));
        Map<String, String> exported = new TreeMap<>();
        byDistrict.subList(1, byDistrict.size()).forEach(row -> exported.put(row.get(0),
                row.get(1) + " " + new BigDecimal(row.get(2)).stripTrailingZeros().toPlainString()));
        assertThat(exported).isNotEmpty().isEqualTo(expected);
        assertThat(kpis).contains(List.of("landings.count", "落地数", dashboard.path("landings").path("count").asText()),
                List.of("companions.active", "活跃陪跑人", dashboard.path("companions").path("active").asText()));
        assertThat(leaders.get(0)).containsExactly("名次", "陪跑人编号", "陪跑人", "陪跑人类型", "落地项目", "解决难题",
                "已核验里程碑");
        assertThat(leaders).hasSize(dashboard.path("leaderboard").size() + 1);
    }

    @Test
    void theAuditLogExportsAsXlsxEqualToItsPages() {
        Api admin = TestUsers.ADMIN.api(port);
        new Fixtures(admin).suspendedCompanion();
        JsonNode page = admin.get("/api/v1/audit/events?type=CompanionSuspendedEvent&limit=1000").body();

        List<List<String>> xlsx = TestSheets.readXlsx(new SheetClient(port, "auditor")
                .get("/api/v1/audit/events?type=CompanionSuspendedEvent", SheetClient.XLSX).body(), null);

        assertThat(xlsx.get(0).subList(0, 4)).containsExactly("globalPosition", "aggregateId", "sequence", "type");
        List<String> positions = new ArrayList<>();
        page.path("events").forEach(event -> positions.add(event.path("globalPosition").asText()));
        assertThat(xlsx.subList(1, xlsx.size()).stream().map(row -> row.get(0)).toList()).isNotEmpty()
                .isEqualTo(positions);
    }

    @Test
    void aClientThatAcceptsAnythingStillGetsJson() {
        for (String path : List.of("/api/v1/companions?size=1", "/api/v1/projects?size=1", "/api/v1/challenges?size=1",
                "/api/v1/dashboard", "/api/v1/audit/events?limit=1")) {
            assertThat(SheetClient.admin(port).get(path, "*/*").contentType()).as(path).startsWith("application/json");
        }
    }

    @Test
    void everyReaderExportsWhatTheyMayRead() {
        assertThat(new SheetClient(port, "mentor").get("/api/v1/projects", SheetClient.CSV).status()).isEqualTo(200);
        assertThat(new SheetClient(port, "metrics").get("/api/v1/projects", SheetClient.CSV).status()).isEqualTo(403);
        assertThat(new SheetClient(port, "mentor").get("/api/v1/audit/events", SheetClient.XLSX).status())
                .isEqualTo(403);
        assertThat(new SheetClient(port, "auditor").get("/api/v1/dashboard/trends?metric=landings&from=2025-01-01"
                + "&to=2025-12-31", SheetClient.CSV).status()).isEqualTo(200);
        assertThat(new SheetClient(port, "mentor").get("/api/v1/imports/companions/template", SheetClient.XLSX)
                .status()).isEqualTo(403);
    }
}
