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

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.ops.support.Api.json;

/**
 * Projects with their assignments: a dry run rehearses blocks of rows (2 here) after the earlier rows they depend on,
 * so it refuses what the real run refuses (a companion over capacity because of an earlier block), and a re-import
 * finds every assignment in place.
 */
@ImportServerTest
class ProjectImportIntegrationTests {

    private static final List<String> HEADER = List.of("编号", "项目名称", "领域", "来源", "来源地", "团队负责人", "陪跑人");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDryRunAnswersAsTheRealRunAcrossBlocksAndAReimportStoresNothing() {
        Api admin = TestUsers.ADMIN.api(port);
        String busy = companion(admin, 2);
        String free = companion(admin, 8);
        String p = Ids.unique("imp");
        List<List<String>> rows = List.of(HEADER,
                project(p + "-1", busy + ":LEAD"),
                project(p + "-2", busy + ":SUPPORTING、" + free + ":LEAD:2025-03-01"),
                project(p + "-3", busy + ":SUPPORTING"),
                project(p + "-4", "nobody-" + p + ":LEAD"),
                project(p + "-5", free + ":BOSS"));
        SheetClient sheets = SheetClient.admin(port);
        byte[] file = TestSheets.xlsx(rows);

        JsonNode dryRun = sheets.post("/api/v1/imports/projects?dryRun=true", file, SheetClient.XLSX).json();
        JsonNode applied = sheets.post("/api/v1/imports/projects?dryRun=false", file, SheetClient.XLSX).json();

        List<String> lines = BadRowsImportIntegrationTests.lines(applied);
        assertThat(lines.get(0)).isEqualTo("2|" + p + "-1|created|||");
        assertThat(lines.get(1)).isEqualTo("3|" + p + "-2|created|||");
        assertThat(lines.get(2)).startsWith("4|" + p + "-3|refused|companions|409 companion-over-capacity|");
        assertThat(lines.get(3)).startsWith("5|" + p + "-4|refused|companions|409 companion-unknown|");
        assertThat(lines.get(4)).startsWith("6|" + p + "-5|refused|companions|400 validation|cannot be 'BOSS'");
        assertThat(BadRowsImportIntegrationTests.lines(dryRun)).isEqualTo(lines);
        JsonNode second = Reads.visible(admin, "/api/v1/projects/" + p + "-2", 2).body();
        assertThat(second.path("companions").toString()).contains(free, "2025-03-01", busy);
        assertThat(TestUsers.ADMIN.api(port).get("/api/v1/projects/" + p + "-5").status()).isEqualTo(404);

        StoredEvents events = new StoredEvents(jdbc);
        long before = events.count();
        JsonNode again = sheets.post("/api/v1/imports/projects?dryRun=false", TestSheets.xlsx(rows.subList(0, 3)),
                SheetClient.XLSX).json();
        assertThat(again.path("unchanged").asInt()).as(again.toString()).isEqualTo(2);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aNewAssignmentOfAnExistingProjectIsAnUpdate() {
        Api admin = TestUsers.ADMIN.api(port);
        String first = companion(admin, 8);
        String second = companion(admin, 8);
        String id = Ids.unique("upd");
        SheetClient sheets = SheetClient.admin(port);
        sheets.post("/api/v1/imports/projects?dryRun=false", TestSheets.csv(List.of(HEADER,
                project(id, first + ":LEAD"))), SheetClient.CSV);

        JsonNode report = sheets.post("/api/v1/imports/projects?dryRun=false", TestSheets.csv(List.of(HEADER,
                project(id, first + ":LEAD;" + second + ":SUPPORTING"))), SheetClient.CSV).json();

        assertThat(report.path("updated").asInt()).as(report.toString()).isEqualTo(1);
    }

    private static String companion(Api admin, int capacity) {
        String id = Ids.unique("cmp");
        assertThat(admin.post("/api/v1/companions", json("id", id, "name", "Companion", "kind", "TECH_BROKER",
                "organisation", "Office", "domains", List.of("AI"), "capacity", capacity)).status()).isEqualTo(201);
        return id;
    }

    private static List<String> project(String id, String companions) {
        return List.of(id, "Injectable artificial bone " + id, "LIFE_SCIENCES", "XINGYU-CUP-2025", "Germany",
                "Dr. Anna Weber", companions);
    }
}
