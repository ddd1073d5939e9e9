package org.peipao.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.queryhandling.QueryHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ReadModels;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.peipao.query.rebuild.ReadModelCatalog;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.ops.support.Api.json;

/** An auditor's questions over HTTP: histories, states and KPIs as of past instants, the global log. */
@ServerTest
@TestPropertySource(properties = {"peipao.test.context=audit", "peipao.query.checkpoint-every=10",
        "peipao.audit.as-of-concurrency=2", "peipao.audit.as-of-wait=300ms"})
class AuditIntegrationTests {

    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReadModelCatalog catalog;
    @Autowired
    AsOfPermits permits;

    Api admin;
    Api auditor;

    @BeforeEach
    void setUp() {
        admin = TestUsers.ADMIN.api(port);
        auditor = TestUsers.AUDITOR.api(port);
    }

    @Test
    void asOfAnswersBeyondTheConcurrencyWaitThenGetA503WithRetryAfter() throws Exception {
        String asOf = "/api/v1/audit/dashboard?asOf=" + Instant.now();
        CountDownLatch held = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holders = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 2; i++) {
                holders.submit(() -> permits.run(() -> {
                    held.countDown();
                    try {
                        return release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }));
            }
            assertThat(held.await(10, TimeUnit.SECONDS)).as("both answers running").isTrue();

            for (String path : List.of(asOf, state(Ids.unique("bone"), Instant.now()))) {
                Api.Response busy = auditor.get(path);
                assertThat(busy.status()).as(path).isEqualTo(503);
                assertThat(busy.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
                assertThat(busy.body().path("type").asText()).endsWith("/as-of-busy");
                assertThat(busy.body().path("detail").asText()).contains("busy");
            }
        } finally {
            release.countDown();
            holders.shutdown();
            assertThat(holders.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(auditor.get(asOf).status()).as("once an answer ended").isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentNamesTheAsOfBusyAnswerOfEachAsOfEndpoint() {
        JsonNode paths = auditor.get("/v3/api-docs").body().path("paths");

        for (String asOf : List.of("/api/v1/audit/dashboard", "/api/v1/audit/streams/{aggregateId}/state")) {
            JsonNode busy = paths.path(asOf).path("get").path("responses").path("503");
            assertThat(busy.path("description").asText()).as(asOf).contains("as-of-busy");
            assertThat(busy.path("headers").has(HttpHeaders.RETRY_AFTER)).as(asOf).isTrue();
        }
        assertThat(paths.path("/api/v1/audit/streams/{aggregateId}/events").path("get").path("responses").has("503"))
                .as("a stream's events are read, not replayed").isFalse();
    }

    @Test
    void aStreamsHistoryShowsEveryEventInOrderWithItsActorAndCorrelation() {
        String project = Ids.unique("bone");
        String companion = Ids.unique("li");
        ok(admin.post("/api/v1/companions", json("id", companion, "name", "Li Wei", "kind", "TECH_BROKER",
                "organisation", "Org", "domains", List.of("AI"))));
        Api.Response registered = ok(admin.post("/api/v1/projects", project(project)));
        ok(admin.post("/api/v1/projects/" + project + "/assignments", json("companionId", companion, "role", "LEAD")));

        JsonNode history = ok(auditor.get("/api/v1/audit/streams/" + project + "/events")).body();
        assertThat(history.path("aggregateId").asText()).isEqualTo(project);
        JsonNode events = history.path("events");
        List<String> types = new ArrayList<>();
        List<Long> sequences = new ArrayList<>();
        events.forEach(event -> {
            types.add(event.path("type").asText());
            sequences.add(event.path("sequence").asLong());
        });
        assertThat(types).containsExactly("ProjectRegisteredEvent", "CompanionAssignedEvent", "ProjectIncubationStartedEvent");
        assertThat(sequences).containsExactly(0L, 1L, 2L);
        assertThat(events.get(0).path("revision").asText()).isEqualTo("1");
        assertThat(events.get(0).path("actor").asText()).isEqualTo("admin");
        assertThat(events.get(0).path("correlationId").asText())
                .isEqualTo(registered.headers().getFirst("X-Correlation-Id"));
        assertThat(events.get(0).path("payload").path("title").asText()).isEqualTo("Injectable artificial bone");
        assertThat(events.get(1).path("globalPosition").asLong())
                .isGreaterThan(events.get(0).path("globalPosition").asLong());
        assertThat(auditor.get("/api/v1/audit/streams/" + Ids.unique("none") + "/events").status()).isEqualTo(404);
    }

    @Test
    void anAggregatesStateAsOfAnInstantHasExactlyTheEventsRecordedByThen() throws InterruptedException {
        String project = Ids.unique("bone");
        String companion = Ids.unique("li");
        Instant before = Instant.now();
        Thread.sleep(20);
        ok(admin.post("/api/v1/projects", project(project)));
        Thread.sleep(20);
        Instant registered = Instant.now();
        Thread.sleep(20);
        ok(admin.post("/api/v1/companions", json("id", companion, "name", "Li Wei", "kind", "TECH_BROKER",
                "organisation", "Org", "domains", List.of("AI"))));
        ok(admin.post("/api/v1/projects/" + project + "/assignments", json("companionId", companion, "role", "LEAD")));
        Thread.sleep(20);
        Instant assigned = Instant.now();
        Thread.sleep(20);
        ok(admin.post("/api/v1/projects/" + project + "/withdrawal", json("reason", "the team left")));

        assertThat(auditor.get(state(project, before)).status()).isEqualTo(404);
        JsonNode atRegistration = ok(auditor.get(state(project, registered))).body();
        assertThat(atRegistration.path("type").asText()).isEqualTo("Project");
        assertThat(atRegistration.path("version").asLong()).isZero();
        assertThat(atRegistration.path("lastEvent").path("type").asText()).isEqualTo("ProjectRegisteredEvent");
        assertThat(atRegistration.path("project").path("stage").asText()).isEqualTo("REGISTERED");
        JsonNode atAssignment = ok(auditor.get(state(project, assigned))).body();
        assertThat(atAssignment.path("version").asLong()).isEqualTo(2);
        assertThat(atAssignment.path("project").path("stage").asText()).isEqualTo("INCUBATING");
        assertThat(atAssignment.path("project").path("companions").findValuesAsText("companionId")).containsExactly(companion);
        JsonNode now = ok(auditor.get("/api/v1/audit/streams/" + project + "/state")).body();
        assertThat(now.path("project").path("stage").asText()).isEqualTo("WITHDRAWN");
        assertThat(now.path("project").path("companions").get(0).path("releasedOn").isTextual()).isTrue();
        JsonNode byDate = ok(auditor.get("/api/v1/audit/streams/" + project + "/state?asOf=2999-12-31")).body();
        assertThat(byDate.path("version").asLong()).isEqualTo(now.path("version").asLong());
        assertThat(auditor.get("/api/v1/audit/streams/" + project + "/state?asOf=yesterday").status()).isEqualTo(400);
    }

    /** With a checkpoint every 10 positions here, most answers start from one and replay fewer than 10 events. */
    @Test
    void theKpisAsOfPastInstantsEqualTheDashboardAsItStoodThen() throws InterruptedException {
        List<Instant> instants = new ArrayList<>();
        List<JsonNode> dashboards = new ArrayList<>();
        String companion = Ids.unique("li");
        ok(admin.post("/api/v1/companions", json("id", companion, "name", "Li Wei", "kind", "TECH_BROKER",
                "organisation", "Org", "domains", List.of("AI"))));
        for (int step = 0; step < 6; step++) {
            String project = Ids.unique("p");
            ok(admin.post("/api/v1/projects", project(project)));
            ok(admin.post("/api/v1/projects/" + project + "/assignments", json("companionId", companion, "role", "LEAD")));
            ok(admin.post("/api/v1/projects/" + project + "/landings", json("district", "巴南区", "form", "LAB",
                    "signedAmountCny", new BigDecimal(100 * (step + 1)), "signedOn", "2025-0" + (step + 3) + "-01")));
            ReadModels.caughtUp(admin, Duration.ofSeconds(30));
            dashboards.add(withoutAsOf(ok(admin.get("/api/v1/dashboard")).body()));
            Thread.sleep(20);
            instants.add(Instant.now());
            Thread.sleep(20);
        }
        assertThat(mongo.getCollection(catalog.live("dashboard", "dashboard_checkpoints")).countDocuments())
                .as("checkpoint marks").isGreaterThan(2);
        for (int step = 0; step < 6; step++) {
            JsonNode asOf = ok(auditor.get("/api/v1/audit/dashboard?asOf=" + instants.get(step))).body();
            assertThat(asOf.path("asOf").asText()).isEqualTo(instants.get(step).toString());
            assertThat(withoutAsOf(asOf)).as("as of step %d", step).isEqualTo(dashboards.get(step));
        }
        assertThat(dashboards.get(5).path("landings").path("count").asLong())
                .isEqualTo(dashboards.get(0).path("landings").path("count").asLong() + 5);
        assertThat(auditor.get("/api/v1/audit/dashboard?asOf=2999-01-01").status()).isEqualTo(400);
    }

    /**
     * Audits replay the log for as long as that takes: they are plain calls of the audit's own components, not
     * query-bus handlers, so Axon's handler timeout (30 s by default) cannot cut them off.
     */
    @Test
    void auditsAreNoQueryHandlersThatAxonsTimeoutCouldCutOff() {
        for (Class<?> audit : List.of(AsOfViews.class, ReadModelVerification.class, TamperCheck.class)) {
            assertThat(Arrays.stream(audit.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(QueryHandler.class)))
                    .as(audit.getSimpleName()).isEmpty();
        }
    }

    @Test
    void theKpisAsOfTodaysDateAreTheKpisOfNow() {
        String project = Ids.unique("today");
        ok(admin.post("/api/v1/projects", project(project)));
        ReadModels.caughtUp(admin, Duration.ofSeconds(30));
        LocalDate today = LocalDate.now(OFFICE); // the office's date, as the live dashboard's default "to"

        JsonNode asOfToday = ok(auditor.get("/api/v1/audit/dashboard?asOf=" + today)).body();

        assertThat(Instant.parse(asOfToday.path("asOf").asText())).isBefore(Instant.now().plusMillis(1));
        assertThat(withoutAsOf(asOfToday)).isEqualTo(withoutAsOf(ok(admin.get("/api/v1/dashboard")).body()));
        assertThat(auditor.get("/api/v1/audit/dashboard?asOf=" + today.plusDays(1)).status()).isEqualTo(400);
        LocalDate utcToday = LocalDate.now(ZoneOffset.UTC); // the office's today or yesterday: a day not over in UTC
        assertThat(auditor.get("/api/v1/audit/dashboard?asOf=" + utcToday).status()).isEqualTo(200);
    }

    @Test
    void theGlobalLogPagesByPositionAndStreamsAsNdjsonOrCsv() {
        String actorsProject = Ids.unique("log");
        ok(admin.post("/api/v1/projects", project(actorsProject)));
        for (int i = 0; i < 3; i++) {
            ok(admin.post("/api/v1/projects/" + actorsProject + "/milestones", json("type", "PATENT_GRANTED",
                    "occurredOn", "2025-05-0" + (i + 1), "summary", "patent " + i)));
        }
        JsonNode first = ok(auditor.get("/api/v1/audit/events?type=MilestoneLoggedEvent&limit=2")).body();
        assertThat(first.path("events")).hasSize(2);
        long next = first.path("next").asLong();
        assertThat(next).isEqualTo(first.path("events").get(1).path("globalPosition").asLong());
        JsonNode second = ok(auditor.get("/api/v1/audit/events?type=MilestoneLoggedEvent&limit=1000&after=" + next)).body();
        second.path("events").forEach(event -> assertThat(event.path("type").asText()).isEqualTo("MilestoneLoggedEvent"));
        assertThat(second.path("next").isNull() || second.path("next").isMissingNode()).isTrue();
        long milestones = first.path("events").size() + second.path("events").size();

        String ndjson = export("application/x-ndjson", "?type=MilestoneLoggedEvent&actor=admin");
        assertThat(ndjson.lines().count()).isEqualTo(milestones);
        assertThat(ndjson.lines().findFirst().orElseThrow()).contains("\"type\":\"MilestoneLoggedEvent\"");
        String csv = export("text/csv", "?type=MilestoneLoggedEvent");
        assertThat(csv.lines().findFirst().orElseThrow()).as("a byte-order mark, then the header")
                .startsWith("\uFEFFglobalPosition,aggregateId,sequence,type");
        assertThat(csv.lines().count()).isEqualTo(milestones + 1);
        assertThat(export("application/x-ndjson", "?actor=nobody-at-all")).isEmpty();
        assertThat(auditor.get("/api/v1/audit/events?from=2025-01-02&to=2025-01-01").status()).isEqualTo(400);
        String anyType = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("auditor", "auditor-secret")).build()
                .get().uri("/api/v1/audit/events?limit=1").header(HttpHeaders.ACCEPT, "*/*")
                .retrieve().body(String.class);
        assertThat(anyType).as("any type accepted: the JSON page").startsWith("{\"events\":[");
    }

    @Test
    void auditorsReadAndNeverWrite() {
        assertThat(auditor.post("/api/v1/projects", project(Ids.unique("p"))).status()).isEqualTo(403);
        assertThat(auditor.post("/api/v1/admin/processors/projects/replay", "{}").status()).isEqualTo(403);
        assertThat(TestUsers.MENTOR.api(port).get("/api/v1/audit/events").status()).isEqualTo(403);
        assertThat(new Api("http://localhost:" + port).get("/api/v1/audit/verification").status()).isEqualTo(401);
    }

    private String export(String mediaType, String query) {
        String body = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("auditor", "auditor-secret")).build()
                .method(HttpMethod.GET).uri("/api/v1/audit/events" + query).header(HttpHeaders.ACCEPT, mediaType)
                .retrieve().body(String.class);
        return body == null ? "" : body;
    }

    private static String state(String project, Instant asOf) {
        return "/api/v1/audit/streams/" + project + "/state?asOf=" + asOf;
    }

    private static String project(String id) {
        return json("id", id, "title", "Injectable artificial bone", "domain", "LIFE_SCIENCES", "source", "XINGYU_CUP",
                "origin", "Germany", "teamLead", "Dr. Anna Weber");
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }

    private static JsonNode withoutAsOf(JsonNode dashboard) {
        ObjectNode copy = dashboard.deepCopy();
        copy.remove("asOf");
        return copy;
    }
}
