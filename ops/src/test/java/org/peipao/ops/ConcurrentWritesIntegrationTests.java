package org.peipao.ops;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peipao.ops.support.Api.json;

/**
 * Many clients writing at once: every event reaches every read model. (Events must become visible in the order
 * of their positions, or a read model that remembers the last position it applied would skip a late one.)
 */
@ServerTest
@TestPropertySource(properties = "peipao.test.context=concurrent-writes")
class ConcurrentWritesIntegrationTests {

    private static final int WRITERS = 8;
    private static final int COMPANIONS_EACH = 40;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyEventOfConcurrentWritersReachesTheReadModels() throws InterruptedException {
        Api admin = TestUsers.ADMIN.api(port);
        String organisation = Ids.unique("org");
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            writers.submit(() -> {
                for (int i = 0; i < COMPANIONS_EACH; i++) {
                    String id = Ids.unique("cw");
                    Api.Response registered = admin.post("/api/v1/companions", json("id", id, "name", "Companion " + id,
                            "kind", "TECH_BROKER", "organisation", organisation, "domains", List.of("AI")));
                    Api.Response honoured = admin.post("/api/v1/companions/" + id + "/honours",
                            json("title", "Gold Companion", "year", 2025));
                    if (registered.status() != 201 || honoured.status() != 200) {
                        failures.add(registered + " / " + honoured);
                    }
                }
            });
        }
        writers.shutdown();
        assertThat(writers.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        assertThat(failures).isEmpty();

        int expected = WRITERS * COMPANIONS_EACH;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            JsonNode listed = admin.get("/api/v1/companions?size=1&q=" + organisation).body();
            assertThat(listed.path("total").asLong()).isEqualTo(expected);
        });
        long registered = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType LIKE ?",
                Long.class, "%CompanionRegisteredEvent");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(admin.get("/api/v1/dashboard").body().path("companions").path("registered").asLong())
                        .isEqualTo(registered));
        JsonNode companions = admin.get("/api/v1/companions?size=100&q=" + organisation).body().path("items");
        companions.forEach(c -> assertThat(c.path("version").asLong()).as(c.path("id").asText()).isEqualTo(1));
    }
}
