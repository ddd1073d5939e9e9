package org.peipao.ops.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ServerTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 10,000 rows import, dry run first, and the job's progress can be followed meanwhile. The file (about 800 KB) is over
 * the general body limit (64 KB) and within the imports' own ({@code peipao.imports.max-size}, 10 MB by default); the
 * README gives the times this test logs.
 */
@ServerTest
class LargeImportIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(LargeImportIntegrationTests.class);
    private static final int ROWS = 10_000;

    @LocalServerPort
    int port;

    @Test
    void tenThousandRowsImportAndTheirProgressIsShown() {
        String prefix = Ids.unique("large");
        List<List<String>> rows = new ArrayList<>(List.of(ImportIntegrationTests.COMPANION_HEADER));
        for (int i = 1; i <= ROWS; i++) {
            rows.add(List.of(prefix + "-" + i, "陪跑人 " + i, "TECH_BROKER", "重庆技术转移中心 " + (i % 97),
                    "AI;LIFE_SCIENCES", "", String.valueOf(1 + i % 50)));
        }
        byte[] file = TestSheets.csv(rows);
        SheetClient sheets = SheetClient.admin(port);

        long started = System.nanoTime();
        JsonNode dryRun = sheets.post("/api/v1/imports/companions?dryRun=true", file, SheetClient.CSV).json();
        long rehearsed = System.nanoTime();
        String job = Ids.unique("job");
        CompletableFuture<JsonNode> applying = CompletableFuture.supplyAsync(() -> sheets.post(
                "/api/v1/imports/companions?dryRun=false&job=" + job, file, SheetClient.CSV).json());
        List<Integer> seen = new ArrayList<>();
        while (!applying.isDone()) {
            SheetClient.Answer progress = sheets.get("/api/v1/imports/jobs/" + job, "application/json");
            if (progress.status() == 200) {
                seen.add(progress.json().path("done").asInt());
            }
            sleep();
        }
        JsonNode applied = applying.join();
        long done = System.nanoTime();
        log.info("Imported {} rows: dry run {} ms, import {} ms (file {} bytes)", ROWS, (rehearsed - started) / 1_000_000,
                (done - rehearsed) / 1_000_000, file.length);

        assertThat(dryRun.path("created").asInt()).isEqualTo(ROWS);
        assertThat(applied.path("created").asInt()).isEqualTo(ROWS);
        assertThat(seen).as("progress was shown on the way").anyMatch(d -> d > 0 && d < ROWS);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
