package org.peipao.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ReadModels;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peipao.ops.support.Api.json;

/**
 * Verification as a job over real HTTP: started, followed and read back from the stored runs; abandoned runs fail;
 * incremental runs extend a full one; receipts are signed, checked, and refused when forged. Every row changed here is
 * restored before the test ends.
 */
@ServerTest
@TestPropertySource(properties = {"peipao.test.context=verification", "peipao.command.cache-aggregates=false"})
class VerificationJobIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    VerificationJobs jobs;
    @Autowired
    VerificationWork work;

    Api admin;
    Api auditor;
    String project;

    @BeforeEach
    void setUp() {
        admin = TestUsers.ADMIN.api(port);
        auditor = TestUsers.AUDITOR.api(port);
        project = Ids.unique("p");
        ok(admin.post("/api/v1/projects", json("id", project, "title", "Artificial bone", "domain", "LIFE_SCIENCES",
                "source", "XINGYU_CUP", "origin", "Germany", "teamLead", "Dr. Anna Weber")));
        ReadModels.caughtUp(admin, Duration.ofSeconds(30));
    }

    @Test
    void aJobAnswers202ThenItsResultWhichAnotherReaderSeesToo() {
        Api.Response started = auditor.post("/api/v1/audit/verifications", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.headers().getLocation().toString();
        assertThat(location).matches("/api/v1/audit/verifications/[0-9a-f-]{36}");
        assertThat(started.text("status")).isEqualTo("RUNNING");

        JsonNode run = awaitFinished(location);

        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("DONE");
        assertThat(run.path("kind").asText()).isEqualTo("FULL");
        assertThat(run.path("progress").asInt()).isEqualTo(100);
        assertThat(Instant.parse(run.path("finishedAt").asText())).isAfterOrEqualTo(Instant.parse(run.path("startedAt").asText()));
        long head = run.path("headPosition").asLong();
        assertThat(run.path("eventLog").path("status").asText()).isEqualTo("OK");
        assertThat(run.path("eventLog").path("checkedEvents").asLong()).isEqualTo(
                jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE globalIndex <= ?", Long.class, head));
        assertThat(run.path("readModels").path("status").asText()).isEqualTo("OK");
        assertThat(run.path("readModels").path("checkedDocuments").asLong()).isPositive();
        JsonNode today = auditor.get("/api/v1/audit/verification").body();
        assertThat(run.path("eventLog").path("digest").asText()).as("the same check as the synchronous one")
                .isEqualTo(today.path("eventLog").path("digest").asText());
        assertThat(run.path("receipt").asText()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");

        JsonNode list = auditor.get("/api/v1/audit/verifications").body().path("items");
        assertThat(list.get(0).path("id").asText()).as("newest first").isEqualTo(run.path("id").asText());
        assertThat(list.get(0).has("eventLog")).as("a list leaves the results out").isFalse();
        VerificationRun stored = new VerificationRuns(mongo, objectMapper).find(run.path("id").asText()).orElseThrow();
        assertThat(stored.status()).as("read by another reader of the same store").isEqualTo("DONE");
        assertThat(stored.receipt()).isEqualTo(run.path("receipt").asText());
        assertThat(stored.eventLog().toString()).isEqualTo(run.path("eventLog").toString());
    }

    @Test
    void aRunReportsRisingProgressUpToTheEnd() throws InterruptedException {
        List<Double> reported = new ArrayList<>();
        VerificationWork.Progress progress = new VerificationWork.Progress("progress-test", Instant.now().minusSeconds(2)) {
            @Override
            void set(double fraction) {
                super.set(fraction);
                reported.add(fraction);
            }
        };

        VerificationWork.Result result = work.full(progress);

        assertThat(result.eventLog().status()).isEqualTo("OK");
        assertThat(reported).isSortedAccordingTo(Double::compare);
        double digested = VerificationWork.TAMPER_CHECK + VerificationWork.DIGEST;
        double rebuilt = digested + (1 - digested) * ReadModelVerification.REBUILD_SHARE;
        // a small store's tamper check and digest may report only their ends; the comparison reports each group
        assertThat(reported).as("the tamper check's end").anyMatch(f -> Math.abs(f - VerificationWork.TAMPER_CHECK) < 1e-9)
                .as("the digest's end").anyMatch(f -> Math.abs(f - digested) < 1e-9)
                .as("within the comparison, by documents walked").anyMatch(f -> f > rebuilt + 1e-9 && f < 0.99);
        assertThat(reported.get(reported.size() - 1)).isGreaterThanOrEqualTo(0.99);
        assertThat(progress.percent()).as("100 is for a run that is done").isEqualTo(99);
        assertThat(progress.etaSeconds(Instant.now())).isNotNull().isLessThanOrEqualTo(1);
    }

    @Test
    void aRunWhoseProcessStoppedIsFailedWithAReason() {
        Instant longAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        VerificationRuns runs = new VerificationRuns(mongo, objectMapper);
        String abandoned = Ids.unique("abandoned");
        String alive = Ids.unique("alive");
        String readLater = Ids.unique("read-later");
        runs.insert(running(abandoned, longAgo, "dead-host/4242/deadbeef"));
        runs.insert(running(alive, Instant.now(), "other-host/7/cafebabe"));
        runs.insert(running(readLater, longAgo, "dead-host/4242/deadbeef"));
        try {
            jobs.recover(); // as at start-up

            Document failed = mongo.findById(abandoned, Document.class, VerificationRuns.COLLECTION);
            assertThat(failed.getString("status")).isEqualTo("FAILED");
            assertThat(failed.getString("reason")).contains("no heartbeat since " + longAgo);
            assertThat(failed.getDate("finishedAt")).isNotNull();
            assertThat(mongo.findById(alive, Document.class, VerificationRuns.COLLECTION).getString("status"))
                    .as("a run that beats is left running").isEqualTo("RUNNING");
            mongo.updateFirst(Query.query(Criteria.where("_id").is(readLater)),
                    new org.springframework.data.mongodb.core.query.Update().set("status", "RUNNING"),
                    VerificationRuns.COLLECTION);
            JsonNode read = auditor.get("/api/v1/audit/verifications/" + readLater).body();
            assertThat(read.path("status").asText()).as("a read does not show a dead run as running").isEqualTo("FAILED");
            assertThat(read.path("reason").asText()).startsWith("the process running it stopped");
        } finally {
            mongo.remove(Query.query(Criteria.where("_id").in(abandoned, alive, readLater)), VerificationRuns.COLLECTION);
        }
    }

    @Test
    void anIncrementalRunChecksOnlyTheNewEventsAndExtendsTheDigest() {
        JsonNode full = awaitFinished(start(""));
        ok(admin.post("/api/v1/projects/" + project + "/withdrawal", json("reason", "changed plans")));
        ok(admin.post("/api/v1/projects", json("id", Ids.unique("p"), "title", "Bone 2", "domain", "LIFE_SCIENCES",
                "source", "XINGYU_CUP", "origin", "Germany", "teamLead", "Dr. Anna Weber")));

        JsonNode incremental = awaitFinished(start("?from=last"));

        assertThat(incremental.path("status").asText()).as(incremental.toString()).isEqualTo("DONE");
        assertThat(incremental.path("kind").asText()).isEqualTo("INCREMENTAL");
        assertThat(incremental.path("fromPosition").asLong()).isEqualTo(full.path("headPosition").asLong());
        long head = incremental.path("headPosition").asLong();
        assertThat(incremental.path("eventLog").path("checkedEvents").asLong()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM DomainEventEntry WHERE globalIndex > ? AND globalIndex <= ?", Long.class,
                full.path("headPosition").asLong(), head)).isGreaterThanOrEqualTo(2);
        assertThat(incremental.path("eventLog").path("status").asText()).isEqualTo("OK");
        assertThat(incremental.has("readModels")).isFalse();
        JsonNode again = awaitFinished(start(""));
        assertThat(again.path("headPosition").asLong()).isEqualTo(head);
        assertThat(incremental.path("digest").asText()).as("extending a digest gives the digest of the whole log")
                .isEqualTo(again.path("digest").asText());
    }

    @Test
    void anIncrementalRunCountsTheEarlierEventsAndNamesEventsRemovedOrAddedBelowItsStart() {
        JsonNode full = awaitFinished(start(""));
        long head = full.path("headPosition").asLong();
        assertThat(full.path("storedEvents").asLong()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM DomainEventEntry WHERE globalIndex <= ?", Long.class, head));
        Map<String, Object> row = StoredRows.takeOut(jdbc, project, 0);
        JsonNode removed;
        try {
            removed = awaitFinished(start("?from=last"));
        } finally {
            StoredRows.putBack(jdbc, row);
        }
        assertThat(removed.path("eventLog").path("status").asText()).as(removed.toString()).isEqualTo("BROKEN");
        JsonNode problem = removed.path("eventLog").path("problems").get(0);
        assertThat(problem.path("problem").asText()).isEqualTo("EVENTS_REMOVED");
        assertThat(problem.path("globalPosition").asLong()).isEqualTo(head);
        assertThat(problem.has("aggregateId")).as("a problem of the log, not of one stream").isFalse();
        assertThat(problem.path("detail").asText()).contains(full.path("id").asText());

        JsonNode added = awaitFinished(start("?from=last")); // extends the run that counted one event fewer
        assertThat(added.path("eventLog").path("problems").get(0).path("problem").asText()).as(added.toString())
                .isEqualTo("EVENTS_ADDED");
        JsonNode whole = awaitFinished(start("?from=last"));
        assertThat(whole.path("eventLog").path("status").asText()).as(whole.toString()).isEqualTo("OK");
    }

    @Test
    void aReceiptFromBeforeATamperedRowFailsTheCheckAndNamesIt() {
        String receipt = awaitFinished(start("")).path("receipt").asText();
        assertThat(check(receipt).path("extends").asBoolean()).isTrue();
        long position = jdbc.queryForObject("SELECT globalIndex FROM DomainEventEntry WHERE aggregateIdentifier = ?"
                + " AND sequenceNumber = 0", Long.class, project);
        byte[] original = jdbc.queryForObject("SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ?"
                + " AND sequenceNumber = 0", byte[].class, project);
        jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE aggregateIdentifier = ? AND sequenceNumber = 0",
                new String(original, StandardCharsets.UTF_8).replace("Artificial bone", "Artificial gold")
                        .getBytes(StandardCharsets.UTF_8), project);
        try {
            JsonNode answer = check(receipt);
            assertThat(answer.path("extends").asBoolean()).as(answer.toString()).isFalse();
            assertThat(answer.path("firstDifference").asLong()).isEqualTo(position);
            assertThat(answer.path("digest").asText()).isNotEqualTo(answer.path("receiptDigest").asText());
        } finally {
            jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE aggregateIdentifier = ? AND sequenceNumber = 0",
                    original, project);
        }
        JsonNode restored = check(receipt);
        assertThat(restored.path("extends").asBoolean()).isTrue();
        assertThat(restored.path("firstDifference").isMissingNode() || restored.path("firstDifference").isNull()).isTrue();
    }

    @Test
    void aForgedOrAlteredReceiptIsRefusedAndTheKeysArePublic() throws Exception {
        String receipt = awaitFinished(start("")).path("receipt").asText();
        JWSObject signed = JWSObject.parse(receipt);
        JsonNode keys = auditor.get("/api/v1/audit/keys").body().path("keys");
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).path("kid").asText()).isEqualTo(signed.getHeader().getKeyID());
        assertThat(keys.get(0).path("crv").asText()).isEqualTo("P-256");
        assertThat(keys.get(0).has("d")).as("no private part is published").isFalse();

        String laterHead = signed.getPayload().toString().replaceFirst("\"headPosition\":\\d+", "\"headPosition\":1");
        String altered = signed.getHeader().toBase64URL() + "." + Base64URL.encode(laterHead) + "."
                + signed.getSignature();
        JWSObject forged = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(signed.getHeader().getKeyID()).build(), new Payload(signed.getPayload().toString()));
        forged.sign(new ECDSASigner(new ECKeyGenerator(Curve.P_256).generate()));

        for (String refused : List.of(altered, forged.serialize(), "not-a-receipt")) {
            Api.Response answer = auditor.post("/api/v1/audit/receipts/check", json("receipt", refused));
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.problemType()).isEqualTo("receipt-invalid");
        }
    }

    @Test
    void unknownRunsAndUnknownStartsAreProblems() {
        Api.Response unknown = auditor.get("/api/v1/audit/verifications/" + Ids.unique("nope"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problemType()).isEqualTo("not-found");
        Api.Response badFrom = auditor.post("/api/v1/audit/verifications?from=yesterday", null);
        assertThat(badFrom.status()).isEqualTo(400);
        assertThat(badFrom.body().path("errors").get(0).path("field").asText()).isEqualTo("from");
    }

    private VerificationRun running(String id, Instant heartbeat, String owner) {
        return new VerificationRun(id, "FULL", "RUNNING", 40, null, heartbeat, null, heartbeat, owner, null, null,
                null, null, null, null, null, null);
    }

    private String start(String query) {
        Api.Response started = auditor.post("/api/v1/audit/verifications" + query, null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return started.headers().getLocation().toString();
    }

    private JsonNode awaitFinished(String location) {
        JsonNode[] run = new JsonNode[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Api.Response response = auditor.get(location);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            run[0] = response.body();
            assertThat(run[0].path("progress").asInt()).isBetween(0, 100);
            return !run[0].path("status").asText().equals("RUNNING");
        });
        assertThat(run[0].path("status").asText()).as(run[0].toString()).isEqualTo("DONE");
        return run[0];
    }

    private JsonNode check(String receipt) {
        Api.Response answer = auditor.post("/api/v1/audit/receipts/check", json("receipt", receipt));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }
}
