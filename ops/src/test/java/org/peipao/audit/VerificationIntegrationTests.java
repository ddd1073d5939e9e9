package org.peipao.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peipao.audit.chain.EventChain;
import org.peipao.audit.chain.EventHashes;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ReadModels;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peipao.ops.support.Api.json;

/**
 * The verification finds what was done behind the application's back: events altered, deleted or reordered in
 * the SQL database, read-model documents that do not match the events. And old events (revision 1) are read
 * by the aggregate, the projections and the audit alike. Every change made here is undone before the test ends.
 */
@ServerTest
@TestPropertySource(properties = {"peipao.test.context=verification", "peipao.command.cache-aggregates=false"})
class VerificationIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MongoTemplate mongo;

    Api admin;
    Api auditor;
    String project;

    @BeforeEach
    void setUp() {
        admin = TestUsers.ADMIN.api(port);
        auditor = TestUsers.AUDITOR.api(port);
        project = Ids.unique("p");
        String companion = Ids.unique("c");
        ok(admin.post("/api/v1/companions", json("id", companion, "name", "Li Wei", "kind", "TECH_BROKER",
                "organisation", "Org", "domains", List.of("AI"))));
        ok(admin.post("/api/v1/projects", json("id", project, "title", "Artificial bone", "domain", "LIFE_SCIENCES",
                "source", "XINGYU_CUP", "origin", "Germany", "teamLead", "Dr. Anna Weber")));
        ok(admin.post("/api/v1/projects/" + project + "/assignments", json("companionId", companion, "role", "LEAD")));
        ReadModels.caughtUp(admin, Duration.ofSeconds(30));
    }

    @Test
    void anUntouchedStoreVerifies() {
        JsonNode verification = verification();
        assertThat(verification.path("eventLog").path("status").asText()).isEqualTo("OK");
        assertThat(verification.path("eventLog").path("checkedEvents").asLong())
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class));
        assertThat(verification.path("eventLog").path("digest").asText()).matches("[0-9a-f]{64}");
        assertThat(verification.path("eventLog").path("problems")).isEmpty();
        assertThat(verification.path("readModels").path("status").asText()).isEqualTo("OK");
        assertThat(verification.path("readModels").path("checkedDocuments").asLong()).isPositive();
    }

    @Test
    void aStreamBegunWhileTheCheckRunsIsLeftOutOfItsCountAndDigest() {
        TamperCheck.Outcome before = new TamperCheck(new EventLog(jdbc), jdbc).run();
        AtomicBoolean written = new AtomicBoolean();
        EventLog writtenMeanwhile = new EventLog(jdbc) {
            @Override
            List<String> aggregateIds(String after, String upTo, String chainTable) {
                if (written.compareAndSet(false, true)) { // a write lands after the check has read the head
                    ok(admin.post("/api/v1/companions", json("id", Ids.unique("meanwhile"), "name", "Wang Fang",
                            "kind", "TECH_BROKER", "organisation", "Org", "domains", List.of("AI"))));
                }
                return super.aggregateIds(after, upTo, chainTable);
            }
        };

        TamperCheck.Outcome during = new TamperCheck(writtenMeanwhile, jdbc).run();

        assertThat(written).isTrue();
        assertThat(during.streams()).isEqualTo(before.streams());
        assertThat(during.checkedEvents()).isEqualTo(before.checkedEvents());
        assertThat(during.digest()).as("the digest of the same head").isEqualTo(before.digest());
        assertThat(new TamperCheck(new EventLog(jdbc), jdbc).run().streams()).isEqualTo(before.streams() + 1);
    }

    @Test
    void anEventStoredAfterItsPageWasReadIsLeftOut() {
        String supporter = Ids.unique("c");
        ok(admin.post("/api/v1/companions", json("id", supporter, "name", "Wang Fang", "kind", "INCUBATOR_MANAGER",
                "organisation", "Org", "domains", List.of("AI"))));
        TamperCheck.Outcome before = new TamperCheck(new EventLog(jdbc), jdbc).run();
        AtomicBoolean written = new AtomicBoolean();
        EventLog appendedMeanwhile = new EventLog(jdbc) {
            @Override
            List<StoredEvent> streamsAfter(String after, int limit) {
                List<StoredEvent> page = super.streamsAfter(after, limit);
                // the project's stream grows after its page was read, before its links are
                if (page.stream().anyMatch(row -> row.aggregateId().equals(project)) && written.compareAndSet(false, true)) {
                    ok(admin.post("/api/v1/projects/" + project + "/assignments",
                            json("companionId", supporter, "role", "SUPPORTING")));
                }
                return page;
            }
        };

        TamperCheck.Outcome during = new TamperCheck(appendedMeanwhile, jdbc).run();

        assertThat(written).isTrue();
        assertThat(during.problems()).as("the new event's link has no row in the page: not a deletion").isEmpty();
        assertThat(during.checkedEvents()).isEqualTo(before.checkedEvents());
        assertThat(during.digest()).as("the digest of the same head").isEqualTo(before.digest());
    }

    @Test
    void pagesOfAnySizeFindWhatOnePageFinds() {
        String alone = Ids.unique("c");
        ok(admin.post("/api/v1/companions", json("id", alone, "name", "Zhao Lei", "kind", "TECH_BROKER",
                "organisation", "Org", "domains", List.of("AI"))));
        byte[] original = payload(0);
        storeFirstPayload(new String(original, StandardCharsets.UTF_8).replace("Artificial bone", "Artificial gold")
                .getBytes(StandardCharsets.UTF_8));
        Map<String, Object> wholeStream = StoredRows.takeOut(jdbc, alone, 0); // its only event: its link stays alone
        try {
            TamperCheck onePage = new TamperCheck(new EventLog(jdbc), jdbc, Integer.MAX_VALUE);
            long head = onePage.head();
            TamperCheck.Outcome expected = onePage.run(head, checked -> { });
            assertThat(expected.problems()).extracting(p -> p.aggregateId() + "#" + p.sequence() + " " + p.problem())
                    .contains(project + "#0 ALTERED", alone + "#0 DELETED");
            assertThat(expected.streams()).isGreaterThan(3);
            for (int page : new int[]{1, 2, 3, TamperCheck.PAGE}) {
                // pages of one or two events cut streams and fill pages with one stream's events
                assertThat(new TamperCheck(new EventLog(jdbc), jdbc, page).run(head, checked -> { }))
                        .as("pages of %d events", page).isEqualTo(expected);
            }
        } finally {
            StoredRows.putBack(jdbc, wholeStream);
            storeFirstPayload(original);
        }
        assertThat(verification().path("eventLog").path("status").asText()).isEqualTo("OK");
    }

    @Test
    void anAlteredPayloadIsNamed() {
        byte[] original = payload(0);
        String digest = verification().path("eventLog").path("digest").asText();
        storeFirstPayload(new String(original, StandardCharsets.UTF_8).replace("Artificial bone", "Artificial gold")
                .getBytes(StandardCharsets.UTF_8));
        try {
            JsonNode verification = verification();
            assertThat(problems(verification)).containsExactly(project + "#0 ALTERED");
            assertThat(verification.path("eventLog").path("status").asText()).isEqualTo("BROKEN");
            assertThat(verification.path("readModels").path("status").asText())
                    .as("the read model was built from the original event").isEqualTo("DIFFERENT");
        } finally {
            storeFirstPayload(original);
        }
        JsonNode restored = verification();
        assertThat(restored.path("eventLog").path("status").asText()).isEqualTo("OK");
        assertThat(restored.path("eventLog").path("digest").asText()).isEqualTo(digest);
    }

    @Test
    void aDeletedEventIsNamed() {
        Map<String, Object> row = StoredRows.takeOut(jdbc, project, 1);
        try {
            assertThat(problems(verification())).as("the link of the next event still holds").containsExactly(project + "#1 DELETED");
        } finally {
            StoredRows.putBack(jdbc, row);
        }
        assertThat(verification().path("eventLog").path("status").asText()).isEqualTo("OK");
    }

    @Test
    void reorderedEventsAreNamed() {
        swapSequences(1, 2);
        try {
            assertThat(problems(verification())).containsExactly(project + "#1 ALTERED", project + "#2 ALTERED");
        } finally {
            swapSequences(1, 2);
        }
        assertThat(verification().path("eventLog").path("status").asText()).isEqualTo("OK");
    }

    @Test
    void readModelDocumentsThatDoNotMatchTheEventsAreNamed() {
        Document original = mongo.findById(project, Document.class, "projects");
        Document altered = new Document(original);
        altered.put("title", "Artificial gold");
        mongo.save(altered, "projects");
        Document invented = new Document("_id", "invented-companion").append("name", "Nobody").append("lastEventIndex", 0L);
        mongo.save(invented, "companions");
        try {
            JsonNode differences = verification().path("readModels").path("differences");
            List<String> named = new ArrayList<>();
            differences.forEach(d -> named.add(d.path("collection").asText() + "/" + d.path("documentId").asText()
                    + " " + d.path("problem").asText()));
            assertThat(named).containsExactlyInAnyOrder("projects/" + project + " DIFFERENT",
                    "companions/invented-companion EXTRA");
            mongo.remove(new org.springframework.data.mongodb.core.query.Query(
                    org.springframework.data.mongodb.core.query.Criteria.where("_id").is(project)), "projects");
            assertThat(verification().path("readModels").path("differences").toString())
                    .contains("\"documentId\":\"" + project + "\",\"problem\":\"MISSING\"");
        } finally {
            mongo.save(original, "projects");
            mongo.remove(invented, "companions");
        }
        assertThat(verification().path("readModels").path("status").asText()).isEqualTo("OK");
    }

    @Test
    void eventsOfRevisionOneAreReadByTheAggregateTheProjectionsAndTheAudit() throws IOException {
        long sequence = jdbc.queryForObject("SELECT MAX(sequenceNumber) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                Long.class, project) + 1;
        storeRevisionOneMilestone(sequence, "m-old");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Response read = admin.get("/api/v1/projects/" + project);
            assertThat(read.body().path("milestones").size()) // on failure, say what the read model had and where it was
                    .as(() -> read + "; processors: " + admin.get("/api/v1/admin/processors").body()).isEqualTo(1);
            JsonNode milestone = read.body().path("milestones").get(0);
            assertThat(milestone.path("id").asText()).isEqualTo("m-old");
            assertThat(milestone.path("currency").asText()).isEqualTo("CNY");
        });
        ok(admin.post("/api/v1/projects/" + project + "/milestones/m-old/verification", "{}"));
        ok(admin.post("/api/v1/projects/" + project + "/milestones", json("id", "m-new", "type", "LICENSING_DEAL",
                "occurredOn", "2025-10-01", "summary", "Licence", "amountCny", 800000)));

        JsonNode events = auditor.get("/api/v1/audit/streams/" + project + "/events").body().path("events");
        List<String> revisions = new ArrayList<>();
        events.forEach(e -> {
            if (e.path("type").asText().equals("MilestoneLoggedEvent")) {
                revisions.add(e.path("payload").path("milestoneId").asText() + "@" + e.path("revision").asText());
            }
        });
        assertThat(revisions).containsExactly("m-old@1", "m-new@2");
        JsonNode state = auditor.get("/api/v1/audit/streams/" + project + "/state").body().path("project");
        List<String> milestones = new ArrayList<>();
        state.path("milestones").forEach(m -> milestones.add(m.path("id").asText() + " " + m.path("status").asText()
                + " " + m.path("currency").asText()));
        assertThat(milestones).containsExactly("m-old VERIFIED CNY", "m-new LOGGED CNY");
        ReadModels.caughtUp(admin, Duration.ofSeconds(30));
        JsonNode verification = verification();
        assertThat(verification.path("eventLog").path("status").asText()).isEqualTo("OK");
        assertThat(verification.path("readModels").path("status").asText()).isEqualTo("OK");
    }

    /** A milestone as an earlier version of Peipao stored it: revision 1, linked into the stream's chain. */
    private void storeRevisionOneMilestone(long sequence, String milestoneId) throws IOException {
        String payload;
        try (InputStream fixture = getClass().getResourceAsStream("/fixtures/events/milestone-logged-r1-financing.json")) {
            payload = new String(fixture.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"bone\"", "\"" + project + "\"").replace("\"m-7\"", "\"" + milestoneId + "\"")
                    .replace("\"li-wei\"", "null").strip();
        }
        String metaData = "{\"actor\":\"admin\",\"actorRoles\":\"ADMIN\",\"correlationId\":\"" + UUID.randomUUID() + "\"}";
        Instant timestamp = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String type = "org.peipao.api.project.MilestoneLoggedEvent";
        jdbc.update("INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,"
                        + " payload, payloadRevision, payloadType, timeStamp) VALUES (?, ?, 'Project', ?, ?, ?, '1', ?, ?)",
                project, sequence, UUID.randomUUID().toString(), metaData.getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8), type, timestamp.toString());
        String previous = jdbc.queryForObject("SELECT hash FROM " + EventChain.TABLE
                + " WHERE aggregate_id = ? AND sequence_number = ?", String.class, project, sequence - 1);
        jdbc.update("INSERT INTO " + EventChain.TABLE + " (aggregate_id, sequence_number, hash) VALUES (?, ?, ?)",
                project, sequence, EventHashes.hash(previous, type, "1", sequence, timestamp,
                        payload.getBytes(StandardCharsets.UTF_8), EventHashes.metaData(metaData.getBytes(StandardCharsets.UTF_8))));
    }

    private JsonNode verification() {
        Api.Response response = auditor.get("/api/v1/audit/verification");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private List<String> problems(JsonNode verification) {
        List<String> named = new ArrayList<>();
        verification.path("eventLog").path("problems").forEach(problem -> {
            if (problem.path("aggregateId").asText().equals(project)) {
                named.add(project + "#" + problem.path("sequence").asLong() + " " + problem.path("problem").asText());
            }
        });
        return named;
    }

    private byte[] payload(long sequence) {
        return jdbc.queryForObject("SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ?"
                + " AND sequenceNumber = ?", byte[].class, project, sequence);
    }

    /** Overwrites the payload of the project's first event behind the application's back. */
    private void storeFirstPayload(byte[] payload) {
        jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE aggregateIdentifier = ? AND sequenceNumber = 0",
                payload, project);
    }

    private void swapSequences(long a, long b) {
        String update = "UPDATE DomainEventEntry SET sequenceNumber = ? WHERE aggregateIdentifier = ? AND sequenceNumber = ?";
        jdbc.update(update, -1L, project, a);
        jdbc.update(update, a, project, b);
        jdbc.update(update, b, project, -1L);
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }
}
