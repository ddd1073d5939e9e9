package org.peipao.ops.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.peipao.api.Ids;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.StoredEvents;
import org.peipao.ops.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.ops.support.Api.json;

/**
 * A file with bad rows: each bad row is reported with its row number, column and the API's own reason (the same
 * words the API answers the same body with; an empty cell is an absent field), the good rows are imported, and a dry
 * run answers what the real run does.
 */
@ImportServerTest
class BadRowsImportIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachBadRowIsReportedWithTheApisReasonAndTheGoodRowsAreImported() {
        String p = org.peipao.ops.support.Ids.unique("bad");
        List<List<String>> rows = List.of(ImportIntegrationTests.COMPANION_HEADER,
                List.of(p + "-ok", "Li Wei", "TECH_BROKER", "Transfer Centre", "AI", "", ""),
                List.of(p + "-kind", "Li Wei", "WIZARD", "Transfer Centre", "AI", "", ""),
                List.of(p + "-name", "", "TECH_BROKER", "Transfer Centre", "AI", "", ""),
                List.of(p + "-cap", "Li Wei", "TECH_BROKER", "Transfer Centre", "AI", "", "eight"),
                List.of(p + "-ok", "Li Wei", "TECH_BROKER", "Transfer Centre", "AI", "", ""),
                List.of(p + "-mail", "Li Wei", "TECH_BROKER", "Transfer Centre", "AI", "not-an-email", ""),
                List.of("bad id!", "Li Wei", "TECH_BROKER", "Transfer Centre", "AI", "", ""),
                List.of(p + "-zero", "Li Wei", "TECH_BROKER", "Transfer Centre", "AI;SPACE", "", "0"));
        Api api = TestUsers.ADMIN.api(port);
        String noName = apiMessage(api.post("/api/v1/companions", json("id", p + "-x1",
                "kind", "TECH_BROKER", "organisation", "Transfer Centre", "domains", List.of("AI"))), "name");
        String badMail = apiMessage(api.post("/api/v1/companions", json("id", p + "-x2", "name", "Li Wei",
                "kind", "TECH_BROKER", "organisation", "T", "domains", List.of("AI"), "email", "not-an-email")), "email");
        String zero = apiMessage(api.post("/api/v1/companions", json("id", p + "-x3", "name", "Li Wei",
                "kind", "TECH_BROKER", "organisation", "T", "domains", List.of("AI"), "capacity", 0)), "capacity");
        String kinds = "; one of [TECH_BROKER, INCUBATOR_MANAGER, INVESTMENT_MANAGER, PROFESSIONAL_MANAGER]";
        String domains = "; one of [AI, INTELLIGENT_CONNECTED_NEV, NEW_MATERIALS, LIFE_SCIENCES, GREEN_LOW_CARBON,"
                + " ELECTRONIC_INFORMATION, OTHER]";
        SheetClient sheets = SheetClient.admin(port);
        StoredEvents events = new StoredEvents(jdbc);
        long before = events.count();

        JsonNode dryRun = sheets.post("/api/v1/imports/companions?dryRun=true", TestSheets.csv(rows),
                SheetClient.CSV).json();
        long afterDryRun = events.count();
        JsonNode report = sheets.post("/api/v1/imports/companions?dryRun=false", TestSheets.csv(rows),
                SheetClient.CSV).json();

        assertThat(afterDryRun).as("a dry run stores nothing").isEqualTo(before);
        assertThat(lines(report)).containsExactly(
                "2|" + p + "-ok|created|||",
                "3|" + p + "-kind|refused|kind|400 validation|cannot be 'WIZARD'" + kinds,
                "4|" + p + "-name|refused|name|400 validation|" + noName,
                "5|" + p + "-cap|refused|capacity|400 validation|cannot be 'eight'; it must be a whole number",
                "6|" + p + "-ok|refused|id|400 validation|repeats the id of row 2; a file lists each id once",
                "7|" + p + "-mail|refused|email|400 validation|" + badMail,
                "8|bad id!|refused|id|400 validation|" + Ids.MESSAGE,
                "9|" + p + "-zero|refused|domains|400 validation|cannot be 'SPACE'" + domains);
        assertThat(report.path("created").asInt()).isEqualTo(1);
        assertThat(report.path("refused").asInt()).isEqualTo(7);
        assertThat(lines(dryRun)).isEqualTo(lines(report));
        assertThat(zero).isNotBlank();
    }

    @Test
    void aZeroCapacityIsRefusedInTheApisWords() {
        String p = org.peipao.ops.support.Ids.unique("zero");
        String zero = apiMessage(TestUsers.ADMIN.api(port).post("/api/v1/companions", json("id", p + "-x",
                "name", "Li Wei", "kind", "TECH_BROKER", "organisation", "T", "domains", List.of("AI"),
                "capacity", 0)), "capacity");
        JsonNode report = SheetClient.admin(port).post("/api/v1/imports/companions", TestSheets.csv(List.of(
                ImportIntegrationTests.COMPANION_HEADER,
                List.of(p, "Li Wei", "TECH_BROKER", "T", "AI", "", "0"))), SheetClient.CSV).json();
        assertThat(lines(report)).containsExactly("2|" + p + "|refused|capacity|400 validation|" + zero);
    }

    /** The message the API's 400 gives for {@code field}. */
    static String apiMessage(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        for (JsonNode error : response.body().path("errors")) {
            if (error.path("field").asText().equals(field)) {
                return error.path("message").asText();
            }
        }
        throw new AssertionError("no error for " + field + " in " + response);
    }

    /** The report's lines as "row|id|outcome|field|status type|detail". */
    static List<String> lines(JsonNode report) {
        List<String> lines = new ArrayList<>();
        for (JsonNode line : report.path("rows")) {
            String status = line.path("status").isMissingNode() ? "" : line.path("status").asText() + " "
                    + line.path("type").asText();
            lines.add(line.path("row").asText() + "|" + line.path("id").asText() + "|" + line.path("outcome").asText()
                    + "|" + line.path("field").asText() + "|" + status + "|" + line.path("detail").asText());
        }
        return lines;
    }
}
