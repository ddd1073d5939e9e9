package org.peipao.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Fixtures;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 §5: the audit log's CSV opens in zh-CN Excel without mojibake (a UTF-8 byte-order mark) and runs no
 * formula (cells that begin with {@code = + - @}, a tab or a carriage return are neutralised, as OWASP advises).
 * Read back with a real CSV parser, every value of the export is the event's.
 */
@ServerTest
class SpreadsheetCsvIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theLogAsCsvHasAByteOrderMarkAndNoCellASpreadsheetWouldEvaluate() throws IOException {
        String companion = "-1-" + UUID.randomUUID().toString().substring(0, 8);
        String correlation = "-" + UUID.randomUUID().toString().substring(0, 8);
        RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("admin", "admin-secret")).build()
                .post().uri("/api/v1/companions").header("Content-Type", "application/json; charset=utf-8")
                .header("X-Correlation-Id", correlation)
                .body(Fixtures.companionBody(companion).replace("Li Wei", "李伟 =1+2"))
                .retrieve().toBodilessEntity();

        byte[] export = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("auditor", "auditor-secret")).build()
                .get().uri("/api/v1/audit/events?type=CompanionRegisteredEvent").header(HttpHeaders.ACCEPT, "text/csv")
                .retrieve().body(byte[].class);

        assertThat(export).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(export, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            assertThat(parser.getHeaderNames()).containsExactly("globalPosition", "aggregateId", "sequence", "type",
                    "revision", "timestamp", "actor", "actorRoles", "actorCompanionId", "correlationId", "payload");
            rows = parser.getRecords();
        }
        CSVRecord ours = rows.stream().filter(row -> row.get("aggregateId").equals("'" + companion)).findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + companion + " in\n" + text));
        assertThat(Long.parseLong(ours.get("globalPosition"))).isPositive();
        assertThat(ours.get("sequence")).isEqualTo("0");
        assertThat(ours.get("type")).isEqualTo("CompanionRegisteredEvent");
        assertThat(Instant.parse(ours.get("timestamp"))).isBefore(Instant.now().plusSeconds(1));
        assertThat(ours.get("actor")).isEqualTo("admin");
        assertThat(ours.get("actorRoles")).isEqualTo("ADMIN");
        assertThat(ours.get("correlationId")).isEqualTo("'" + correlation);
        var payload = new ObjectMapper().readTree(ours.get("payload"));
        assertThat(payload.path("companionId").asText()).isEqualTo(companion);
        assertThat(payload.path("name").asText()).as("Chinese text intact").isEqualTo("李伟 =1+2");
        for (CSVRecord row : rows) {
            assertThat(row.size()).isEqualTo(11);
            row.forEach(cell -> assertThat(cell).as("row %s", row).doesNotStartWith("=").doesNotStartWith("+")
                    .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r"));
        }
    }
}
