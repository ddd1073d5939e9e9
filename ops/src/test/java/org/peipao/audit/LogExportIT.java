package org.peipao.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peipao.ops.support.ItDatabase;
import org.peipao.ops.support.ServerProcess;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.ops.support.Api.json;

/**
 * The whole global log streams out of a server whose heap is far smaller than the log: 120,000 events through
 * a 96 MB heap, as NDJSON and as CSV, on the embedded database or (in the PostgreSQL suite) on PostgreSQL.
 */
class LogExportIT {

    private static final int EVENTS = 120_000;

    @TempDir
    Path temp;

    @Test
    void aLogLargerThanTheHeapStreamsWhole() throws Exception {
        ItDatabase database = ItDatabase.forServer(temp.resolve("data"));
        try (ServerProcess server = new ServerProcess(temp.resolve("data"), database.serverArgs()).start()) {
            assertThat(server.api().post("/api/v1/companions", json("id", "li-wei", "name", "Li Wei",
                    "kind", "TECH_BROKER", "organisation", "Org", "domains", List.of("AI"))).status()).isEqualTo(201);
            server.stop();
            storeHonours(database);

            server.maxHeap("96m").start();
            String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + server.adminPassword())
                    .getBytes(StandardCharsets.UTF_8));
            try {
                assertThat(countLines(server.port(), auth, "application/x-ndjson")).isEqualTo(EVENTS + 1);
                assertThat(countLines(server.port(), auth, "text/csv")).isEqualTo(EVENTS + 2);
            } catch (Exception | AssertionError e) {
                throw new AssertionError("the export failed; the server's log:\n" + server.log(), e);
            }
            assertThat(server.api().get("/actuator/health").status()).as("the server still runs").isEqualTo(200);
        }
    }

    /** Events an administrator could have recorded: honours for companions the read models do not know. */
    private static void storeHonours(ItDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO DomainEventEntry"
                    + " (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData, payload, payloadRevision,"
                    + " payloadType, timeStamp) VALUES (?, 0, 'Companion', ?, ?, ?, '1', ?, ?)")) {
                byte[] metaData = "{\"actor\":\"admin\",\"actorRoles\":\"ADMIN\"}".getBytes(StandardCharsets.UTF_8);
                String now = Instant.now().toString();
                for (int i = 0; i < EVENTS; i++) {
                    insert.setString(1, "bulk-" + i);
                    insert.setString(2, UUID.randomUUID().toString());
                    insert.setBytes(3, metaData);
                    insert.setBytes(4, ("{\"companionId\":\"bulk-" + i + "\",\"kind\":\"TECH_BROKER\","
                            + "\"title\":\"Gold Companion of the year, with a citation long enough to weigh something\","
                            + "\"year\":2025}").getBytes(StandardCharsets.UTF_8));
                    insert.setString(5, "org.peipao.api.companion.HonourAwardedEvent");
                    insert.setString(6, now);
                    insert.addBatch();
                    if (i % 5_000 == 4_999 || i == EVENTS - 1) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
        }
    }

    private static long countLines(int port, String auth, String mediaType) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/audit/events"))
                .header("Authorization", auth).header("Accept", mediaType).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            return lines.lines().count();
        }
    }
}
