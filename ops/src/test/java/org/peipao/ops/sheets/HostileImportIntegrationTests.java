package org.peipao.ops.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.Reads;
import org.peipao.ops.support.StoredEvents;
import org.peipao.ops.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and mistaken files are refused as a whole, before any row is sent, with a problem that says why: zip bombs,
 * XML external entities, macros, links to other workbooks, files over the limit, and headers that do not fit.
 */
@ImportServerTest
class HostileImportIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hostileWorkbooksAreRefusedAndStoreNothing() {
        SheetClient sheets = SheetClient.admin(port);
        StoredEvents events = new StoredEvents(jdbc);
        long before = events.count();
        byte[] bomb = HostileSheets.zipBomb();
        assertThat(bomb.length).as("the bomb is small").isLessThan(48 * 1024);

        SheetClient.Answer bombed = sheets.post("/api/v1/imports/challenges?dryRun=false", bomb, SheetClient.XLSX);
        SheetClient.Answer entity = sheets.post("/api/v1/imports/challenges?dryRun=false",
                HostileSheets.externalEntity(), SheetClient.XLSX);
        SheetClient.Answer macros = sheets.post("/api/v1/imports/challenges?dryRun=false",
                HostileSheets.withMacros(), SheetClient.XLSX);
        SheetClient.Answer linked = sheets.post("/api/v1/imports/challenges?dryRun=false",
                HostileSheets.withExternalLink(), SheetClient.XLSX);

        assertThat(List.of(bombed, entity, macros, linked)).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.json().path("type").asText()).isEqualTo("https://peipao.org/problems/unreadable-sheet");
            assertThat(answer.text()).doesNotContain("root:", "Exception", "org.apache");
        });
        assertThat(bombed.json().path("detail").asText()).containsIgnoringCase("zip bomb");
        assertThat(entity.json().path("detail").asText()).containsIgnoringCase("DOCTYPE");
        assertThat(macros.json().path("detail").asText()).contains("macros");
        assertThat(linked.json().path("detail").asText()).contains("links to other workbooks");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void anImportPostedFromAnotherSitesPageIsRefused() {
        byte[] file = TestSheets.csv(ImportIntegrationTests.companions(Ids.unique("csrf"), 1));
        SheetClient sheets = SheetClient.admin(port);

        assertThat(sheets.postFrom("cross-site", "/api/v1/imports/companions?dryRun=false", file, SheetClient.CSV)
                .status()).isEqualTo(403);
        assertThat(sheets.postFrom("same-origin", "/api/v1/imports/companions?dryRun=true", file, SheetClient.CSV)
                .status()).isEqualTo(200);
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413() {
        List<List<String>> rows = new ArrayList<>(List.of(ImportIntegrationTests.COMPANION_HEADER));
        for (int i = 0; i < 950; i++) {
            rows.add(List.of("big-" + i, "Name " + i, "TECH_BROKER", "Organisation " + i, "AI", "", "8"));
        }
        byte[] file = TestSheets.csv(rows);
        assertThat(file.length).isBetween(48 * 1024, 64 * 1024);

        SheetClient.Answer answer = SheetClient.admin(port).post("/api/v1/imports/companions", file, SheetClient.CSV);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        assertThat(answer.json().path("type").asText()).isEqualTo("https://peipao.org/problems/payload-too-large");
    }

    @Test
    void unknownRepeatedAndMissingColumnsAreEachNamedBeforeAnyRowIsRead() {
        byte[] file = TestSheets.csv(List.of(List.of("id", "姓名", "name", "organization", "kind"),
                List.of("x", "y", "z", "w", "TECH_BROKER")));

        SheetClient.Answer answer = SheetClient.admin(port).post("/api/v1/imports/companions?dryRun=false", file,
                SheetClient.CSV);

        assertThat(answer.status()).isEqualTo(400);
        JsonNode problem = answer.json();
        assertThat(problem.path("type").asText()).isEqualTo("https://peipao.org/problems/sheet-headers");
        List<String> errors = new ArrayList<>();
        problem.path("errors").forEach(e -> errors.add(e.path("field").asText() + ": " + e.path("message").asText()));
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).startsWith("name: repeats the column name (column C and column B)");
        assertThat(errors.get(1)).startsWith("organization: is not a column of companions (column D); the columns are");
        assertThat(errors.get(2)).isEqualTo("organisation: is a required column (单位) and the first row does not name it");
    }

    @Test
    void filesThatAreNoSpreadsheetAreRefused() {
        SheetClient sheets = SheetClient.admin(port);
        byte[] oldExcel = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        SheetClient.Answer xls = sheets.post("/api/v1/imports/companions", oldExcel, SheetClient.XLSX);
        SheetClient.Answer brokenZip = sheets.post("/api/v1/imports/companions", new byte[]{'P', 'K', 3, 4, 0, 0},
                SheetClient.XLSX);
        SheetClient.Answer empty = sheets.post("/api/v1/imports/companions", new byte[0], SheetClient.CSV);
        SheetClient.Answer unknownKind = sheets.post("/api/v1/imports/milestones", new byte[]{'a'}, SheetClient.CSV);

        assertThat(List.of(xls, brokenZip, empty)).allSatisfy(answer ->
                assertThat(answer.json().path("type").asText()).as(answer.toString())
                        .isEqualTo("https://peipao.org/problems/unreadable-sheet"));
        assertThat(unknownKind.status()).isEqualTo(404);
    }

    @Test
    void aFormulaIsReadAsTheValueExcelCachedAndNothingIsEvaluated() throws IOException {
        String id = Ids.unique("formula");
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            List<String> names = List.of("id", "enterprise", "domain", "title");
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(id);
            row.createCell(1).setCellValue("Chongqing Steel");
            row.createCell(2).setCellValue("AI");
            Cell title = row.createCell(3);
            title.setCellFormula("\"Cracks in \"&B2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(title);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            file = bytes.toByteArray();
        }

        JsonNode report = SheetClient.admin(port).post("/api/v1/imports/challenges?dryRun=false", file,
                SheetClient.XLSX).json();

        assertThat(report.path("created").asInt()).as(report.toString()).isEqualTo(1);
        assertThat(Reads.visible(TestUsers.ADMIN.api(port), "/api/v1/challenges/" + id, 0).body().path("title")
                .asText()).isEqualTo("Cracks in Chongqing Steel");
    }
}
