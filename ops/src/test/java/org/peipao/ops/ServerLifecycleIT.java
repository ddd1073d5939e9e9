package org.peipao.ops;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.ItDatabase;
import org.peipao.ops.support.ServerProcess;
import org.springframework.util.FileSystemUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * The packaged server, on its embedded defaults (or, in the PostgreSQL suite, on PostgreSQL): what it answered
 * stays answered across stops and crashes.
 */
class ServerLifecycleIT {

    @TempDir
    Path temp;

    private ServerProcess server() {
        Path data = temp.resolve("data");
        return new ServerProcess(data, ItDatabase.forServer(data).serverArgs());
    }

    @Test
    void everythingIsStillThereAfterARestart() throws Exception {
        try (ServerProcess server = server().start()) {
            Api api = server.api();
            writeAProjectWithACompanion(api);
            server.stop();

            server.start();
            assertThat(server.log()).as("the initial password is printed once only").doesNotContain("with password");
            assertThat(server.anonymousApi().get("/api/v1/projects/bone").status()).isEqualTo(401);
            assertTheProjectIsBack(api);
            var again = api.post("/api/v1/projects/bone/assignments", json("companionId", "li-wei", "role", "LEAD"));
            assertThat(again.status()).as("the aggregate remembers the assignment").isEqualTo(409);
            assertThat(again.problemType()).isEqualTo("companion-already-assigned");
        }
    }

    @Test
    void readModelsAreRebuiltWhenTheirDataIsDeleted() throws Exception {
        try (ServerProcess server = server().start()) {
            writeAProjectWithACompanion(server.api());
            server.stop();
            assertThat(FileSystemUtils.deleteRecursively(server.dataDir().resolve("mongo"))).isTrue();

            server.start();
            assertTheProjectIsBack(server.api());
        }
    }

    @Test
    void aCrashUnderWriteLoadLosesNoAnsweredCommand() throws Exception {
        try (ServerProcess server = server().start()) {
            Api api = server.api();
            ConcurrentLinkedQueue<String> answered = new ConcurrentLinkedQueue<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger sequence = new AtomicInteger();
            ExecutorService writers = Executors.newFixedThreadPool(8);
            for (int w = 0; w < 8; w++) {
                writers.submit(() -> {
                    while (writing.get()) {
                        String id = "load-" + sequence.incrementAndGet();
                        try {
                            if (api.post("/api/v1/companions", companion(id)).status() == 201) {
                                answered.add(id);
                            }
                        } catch (RuntimeException connectionLost) {
                            return;
                        }
                    }
                });
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> answered.size() >= 300);
            server.kill();
            writing.set(false);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            Set<String> mustExist = Set.copyOf(answered);

            server.start();
            try {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                        .until(() -> allCompanionIds(api).containsAll(mustExist));
            } catch (ConditionTimeoutException notAllBack) {
                Set<String> missing = new HashSet<>(mustExist);
                missing.removeAll(allCompanionIds(api));
                StringBuilder where = new StringBuilder();
                for (String id : missing) { // in the event store (the source of truth), or only not in the read model?
                    where.append(id).append(": stored events ").append(api.get("/api/v1/audit/streams/" + id
                            + "/events").status()).append(", read model ")
                            .append(api.get("/api/v1/companions/" + id).status()).append('\n');
                }
                throw new AssertionError("answered companions missing after the crash:\n" + where + "processors: "
                        + api.get("/api/v1/admin/processors").body() + "\nlog of the restart:\n" + server.log(),
                        notAllBack);
            }
        }
    }

    private static String companion(String id) {
        return json("id", id, "name", "Companion " + id, "kind", "PROFESSIONAL_MANAGER", "organisation", "Load Test",
                "domains", List.of("OTHER"));
    }

    private static Set<String> allCompanionIds(Api api) {
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode items = api.get("/api/v1/companions?size=100&page=" + page).body().path("items");
            items.forEach(item -> ids.add(item.path("id").asText()));
            if (items.size() < 100) {
                return ids;
            }
        }
    }

    private static void writeAProjectWithACompanion(Api api) {
        assertThat(api.post("/api/v1/companions", json("id", "li-wei", "name", "Li Wei", "kind", "TECH_BROKER",
                "organisation", "Chongqing Technology Transfer Centre", "domains", List.of("AI"))).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/projects", json("id", "bone", "title", "Injectable artificial bone",
                "domain", "LIFE_SCIENCES", "source", "XINGYU_CUP", "origin", "Germany", "teamLead", "Dr. Anna Weber"))
                .status()).isEqualTo(201);
        assertThat(api.post("/api/v1/projects/bone/assignments", json("companionId", "li-wei", "role", "LEAD"))
                .status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/v1/projects/bone").body().path("version").asLong(-1) == 2);
    }

    private static void assertTheProjectIsBack(Api api) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode project = api.get("/api/v1/projects/bone").body();
            assertThat(project.path("stage").asText()).isEqualTo("INCUBATING");
            assertThat(project.path("version").asLong()).isEqualTo(2);
            assertThat(api.get("/api/v1/companions/li-wei").body().path("activeAssignments").size()).isEqualTo(1);
        });
    }
}
