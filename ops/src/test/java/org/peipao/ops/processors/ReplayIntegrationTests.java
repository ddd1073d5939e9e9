package org.peipao.ops.processors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ReadModels;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;
import org.peipao.query.dashboard.Checkpoints;
import org.peipao.query.project.ProjectProjection;
import org.peipao.query.rebuild.ReadModelCatalog;
import org.peipao.query.rebuild.ReadModelUpgrades;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peipao.ops.support.Api.json;

/**
 * A replay rebuilds a read model into fresh collections while writes and reads go on: no read answers from a
 * half-built collection, and the rebuilt read model equals a fresh replay of the events.
 */
@ServerTest
@TestPropertySource(properties = {"peipao.test.context=replay", "peipao.query.checkpoint-every=10"})
class ReplayIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReadModelCatalog catalog;
    @Autowired
    ReadModelUpgrades upgrades;

    @Test
    void aRebuildDuringWritesAndReadsEndsEqualToTheEventsAndNeverAnswersHalfBuilt() throws InterruptedException {
        Api admin = TestUsers.ADMIN.api(port);
        Api auditor = TestUsers.AUDITOR.api(port);
        String watched = Ids.unique("watched");
        ok(admin.post("/api/v1/projects", project(watched)));
        for (int i = 0; i < 150; i++) {
            ok(admin.post("/api/v1/projects", project(Ids.unique("p"))));
        }
        ReadModels.caughtUp(admin, Duration.ofSeconds(60));
        long before = admin.get("/api/v1/projects?size=1").body().path("total").asLong();

        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger reads = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(2);
        load.submit(() -> {
            while (running.get()) {
                Api.Response written = admin.post("/api/v1/projects", project(Ids.unique("during")));
                if (written.status() != 201) {
                    failures.add("write " + written);
                }
            }
        });
        load.submit(() -> {
            long lastTotal = before;
            while (running.get()) {
                Api.Response one = auditor.get("/api/v1/projects/" + watched);
                if (one.status() != 200 || !one.body().path("title").asText().equals("Watched project")) {
                    failures.add("read " + one);
                }
                long total = auditor.get("/api/v1/projects?size=1").body().path("total").asLong();
                if (total < lastTotal) {
                    failures.add("the list shrank from " + lastTotal + " to " + total);
                }
                lastTotal = total;
                reads.incrementAndGet();
            }
        });

        Api.Response replay = admin.post("/api/v1/admin/processors/projects/replay", "{}");
        assertThat(replay.status()).as(replay.toString()).isEqualTo(202);
        assertThat(replay.body().path("name").asText()).isEqualTo("projects");
        assertThat(replay.body().path("segments").size()).as("the answer shows the processor at work again").isOne();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> {
            JsonNode projects = processor(admin, "projects");
            return projects.path("lag").path("events").asLong() == 0 && reads.get() > 20;
        });
        running.set(false);
        load.shutdown();
        assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        ReadModels.caughtUp(admin, Duration.ofSeconds(60));

        assertThat(failures).isEmpty();
        long registered = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType LIKE ?",
                Long.class, "%ProjectRegisteredEvent");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(admin.get("/api/v1/projects?size=1").body().path("total").asLong()).isEqualTo(registered));
        JsonNode verification = auditor.get("/api/v1/audit/verification").body();
        assertThat(verification.path("readModels").path("status").asText())
                .as(verification.path("readModels").toString()).isEqualTo("OK");
    }

    @Test
    void aDashboardOfAnEarlierLayoutIsReplayedAndAnswersMeanwhile() {
        Api admin = TestUsers.ADMIN.api(port);
        Api auditor = TestUsers.AUDITOR.api(port);
        for (int i = 0; i < 30; i++) {
            ok(admin.post("/api/v1/projects", project(Ids.unique("layout"))));
        }
        ReadModels.caughtUp(admin, Duration.ofSeconds(60));
        JsonNode before = admin.get("/api/v1/dashboard").body().path("projects");
        String marks = catalog.live("dashboard", Checkpoints.MARKS);
        upgrades.replayOutdatedReadModels();
        assertThat(catalog.live("dashboard", Checkpoints.MARKS)).as("a dashboard of this layout stays").isEqualTo(marks);

        // as a dashboard begun by the first layout: no layout in its cursor, and lists of kept checkpoints
        mongo.updateFirst(new Query(Criteria.where("_id").is("cursor")), new Update().unset("layout"), marks);
        mongo.updateMulti(new Query(), new Update().set("checkpoints", List.of()), catalog.live("dashboard",
                "dashboard_cells"));
        assertThat(Checkpoints.ofEarlierLayout(mongo, marks)).isTrue();
        JsonNode check = auditor.get("/api/v1/audit/verification").body().path("readModels");
        assertThat(check.path("status").asText()).as("not compared with a rebuild: " + check).isEqualTo("OK");
        assertThat(check.path("rebuilding").toString()).contains("dashboard");
        upgrades.replayOutdatedReadModels();
        assertThat(admin.get("/api/v1/dashboard").body().path("projects")).as("answers during the replay")
                .isEqualTo(before);
        await().atMost(Duration.ofSeconds(120)).until(() -> !catalog.live("dashboard", Checkpoints.MARKS).equals(marks));
        ReadModels.caughtUp(admin, Duration.ofSeconds(60));

        String rebuilt = catalog.live("dashboard", Checkpoints.MARKS);
        assertThat(Checkpoints.ofEarlierLayout(mongo, rebuilt)).isFalse();
        assertThat(admin.get("/api/v1/dashboard").body().path("projects").path("registered").asLong())
                .isEqualTo(before.path("registered").asLong());
        JsonNode verification = auditor.get("/api/v1/audit/verification").body();
        assertThat(verification.path("readModels").path("status").asText())
                .as(verification.path("readModels").toString()).isEqualTo("OK");
    }

    @Test
    void projectsOfTheEarlierLayoutAreReplayedAndAnswerMeanwhile() {
        Api admin = TestUsers.ADMIN.api(port);
        Api auditor = TestUsers.AUDITOR.api(port);
        String id = Ids.unique("layout");
        ok(admin.post("/api/v1/projects", project(id)));
        ok(admin.post("/api/v1/projects/" + id + "/milestones", json("id", "m-1", "type", "PATENT_GRANTED",
                "occurredOn", "2025-03-01", "summary", "granted")));
        ReadModels.caughtUp(admin, Duration.ofSeconds(60));
        JsonNode before = admin.get("/api/v1/projects/" + id).body();
        assertThat(before.path("milestones")).hasSize(1);
        assertThat(before.path("timeline")).hasSize(2);
        String projects = catalog.live("projects", "projects");
        upgrades.replayOutdatedReadModels();
        assertThat(catalog.live("projects", "projects")).as("projects of this layout stay").isEqualTo(projects);

        // as the earlier layout stored them: the lists inside every project's document
        mongo.updateMulti(new Query(), new Update().set("timeline", List.of()).set("milestones", List.of()), projects);
        assertThat(ProjectProjection.ofEarlierLayout(mongo, projects)).isTrue();
        JsonNode check = auditor.get("/api/v1/audit/verification").body().path("readModels");
        assertThat(check.path("status").asText()).as("not compared with a rebuild: " + check).isEqualTo("OK");
        assertThat(check.path("rebuilding").toString()).contains("projects");
        upgrades.replayOutdatedReadModels();
        assertThat(admin.get("/api/v1/projects/" + id).status()).as("answers during the replay").isEqualTo(200);
        await().atMost(Duration.ofSeconds(120)).until(() -> !catalog.live("projects", "projects").equals(projects));
        ReadModels.caughtUp(admin, Duration.ofSeconds(60));

        assertThat(ProjectProjection.ofEarlierLayout(mongo, catalog.live("projects", "projects"))).isFalse();
        assertThat(admin.get("/api/v1/projects/" + id).body()).isEqualTo(before);
        JsonNode verification = auditor.get("/api/v1/audit/verification").body();
        assertThat(verification.path("readModels").path("status").asText())
                .as(verification.path("readModels").toString()).isEqualTo("OK");
    }

    @Test
    void onlyReadModelsCanBeReplayed() {
        Api admin = TestUsers.ADMIN.api(port);
        Api.Response saga = admin.post("/api/v1/admin/processors/challenge-solving/replay", "{}");
        assertThat(saga.status()).isEqualTo(409);
        assertThat(saga.problemType()).isEqualTo("processor-not-replayable");
        assertThat(admin.post("/api/v1/admin/processors/no-such-processor/replay", "{}").status()).isEqualTo(404);
    }

    private static JsonNode processor(Api admin, String name) {
        for (JsonNode processor : admin.get("/api/v1/admin/processors").body()) {
            if (processor.path("name").asText().equals(name)) {
                return processor;
            }
        }
        throw new AssertionError("no processor " + name);
    }

    private static String project(String id) {
        return json("id", id, "title", id.startsWith("watched") ? "Watched project" : "Project " + id,
                "domain", "AI", "source", "GEEC", "origin", "China", "teamLead", "Lead");
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
    }
}
