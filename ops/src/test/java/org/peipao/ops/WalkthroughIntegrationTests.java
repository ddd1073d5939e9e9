package org.peipao.ops;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peipao.ops.support.Api.json;
import static org.peipao.ops.support.Reads.visible;

/** The main flow of the README, over real HTTP: every write answered, every read consistent with it. */
@ServerTest
class WalkthroughIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String companion;
    String project;
    String challenge;

    @BeforeEach
    void setUp() {
        api = TestUsers.ADMIN.api(port);
        companion = Ids.unique("li-wei");
        project = Ids.unique("bone");
        challenge = Ids.unique("steel");
    }

    @Test
    void aProjectIsAccompaniedFromRegistrationToLanding() {
        var registered = api.post("/api/v1/companions", json("id", companion, "name", "Li Wei", "kind", "TECH_BROKER",
                "organisation", "Chongqing Technology Transfer Centre", "domains", new String[]{"LIFE_SCIENCES"}));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.headers().getLocation()).hasToString("/api/v1/companions/" + companion);
        assertThat(registered.text("version")).isEqualTo("0");

        assertThat(api.post("/api/v1/projects", json("id", project, "title", "Injectable high-activity artificial bone",
                "domain", "LIFE_SCIENCES", "source", "XINGYU_CUP", "origin", "Germany", "teamLead", "Dr. Anna Weber"))
                .status()).isEqualTo(201);
        var assigned = api.post("/api/v1/projects/" + project + "/assignments",
                json("companionId", companion, "role", "LEAD", "since", "2025-03-01"));
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.body().path("version").asLong()).isEqualTo(2);

        assertThat(api.post("/api/v1/challenges", json("id", challenge, "enterprise", "Chongqing Special Steel",
                "enterpriseCode", "91500000MA5U00000W", "domain", "NEW_MATERIALS", "title", "Fatigue cracks in implants"))
                .status()).isEqualTo(201);
        assertThat(api.post("/api/v1/challenges/" + challenge + "/match",
                json("projectId", project, "companionId", companion)).status()).isEqualTo(200);

        var logged = api.post("/api/v1/projects/" + project + "/milestones", json("id", "m-1",
                "type", "TECH_PROBLEM_SOLVED", "occurredOn", "2025-06-10", "summary", "Fatigue cracks solved",
                "challengeId", challenge));
        assertThat(logged.status()).isEqualTo(201);
        assertThat(logged.text("id")).isEqualTo("m-1");
        assertThat(api.post("/api/v1/projects/" + project + "/milestones/m-1/verification",
                json("note", "checked the test report")).status()).isEqualTo(200);
        var landed = api.post("/api/v1/projects/" + project + "/landings", json("id", "l-1", "district", "巴南区",
                "park", "Chongqing International Bio-City", "form", "NEW_COMPANY",
                "signedAmountCny", new BigDecimal("335000000.00"), "signedOn", "2025-11-15"));
        assertThat(landed.status()).isEqualTo(201);
        long projectVersion = landed.body().path("version").asLong();

        var projectView = visible(api, "/api/v1/projects/" + project, projectVersion).body();
        assertThat(projectView.path("stage").asText()).isEqualTo("LANDED");
        assertThat(projectView.path("companions").get(0).path("companionId").asText()).isEqualTo(companion);
        assertThat(projectView.path("milestones").get(0).path("status").asText()).isEqualTo("VERIFIED");
        assertThat(projectView.path("landings").get(0).path("signedAmountCny").decimalValue())
                .isEqualByComparingTo("335000000");
        assertThat(projectView.path("timeline").findValuesAsText("event")).containsExactly("ProjectRegistered",
                "CompanionAssigned", "IncubationStarted", "MilestoneLogged", "MilestoneVerified", "LandingRecorded",
                "ProjectLanded");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var challengeView = api.get("/api/v1/challenges/" + challenge).body();
            assertThat(challengeView.path("status").asText()).isEqualTo("SOLVED");
            assertThat(challengeView.path("solvedByMilestoneId").asText()).isEqualTo("m-1");
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var outcomes = api.get("/api/v1/companions/" + companion).body().path("outcomes");
            assertThat(outcomes.path("landedProjects").asInt()).isEqualTo(1);
            assertThat(outcomes.path("problemsSolved").asInt()).isEqualTo(1);
            assertThat(outcomes.path("verifiedMilestones").asInt()).isEqualTo(1);
        });
        var listed = api.get("/api/v1/projects?companionId=" + companion + "&stage=LANDED").body();
        assertThat(listed.path("total").asLong()).isEqualTo(1);
        assertThat(listed.path("items").get(0).path("id").asText()).isEqualTo(project);
    }

    @Test
    void repeatingACreateAnswersTheSameAndStoresNothing() {
        String body = json("id", companion, "name", "Wang Fang", "kind", "INVESTMENT_MANAGER",
                "organisation", "Chongqing Venture Fund", "domains", new String[]{"AI"}, "capacity", 5);
        var first = api.post("/api/v1/companions", body);
        long events = storedEvents();
        var again = api.post("/api/v1/companions", body);

        assertThat(again.status()).isEqualTo(first.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(storedEvents()).isEqualTo(events);

        var different = api.post("/api/v1/companions", body.replace("Wang Fang", "Zhang San"));
        assertThat(different.status()).isEqualTo(409);
        assertThat(different.problemType()).isEqualTo("id-already-used");
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void everyEventRecordsItsActorAndTheRequestsCorrelationId() {
        var registered = api.post("/api/v1/companions", json("id", companion, "name", "Chen Jing",
                "kind", "INCUBATOR_MANAGER", "organisation", "Liangjiang Incubator", "domains", new String[]{}));
        String correlationId = registered.headers().getFirst("X-Correlation-Id");

        String metaData = new String(jdbc.queryForObject(
                "SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ?", byte[].class, companion),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(correlationId).isNotBlank();
        assertThat(metaData).contains("\"correlationId\":\"" + correlationId + "\"").contains("\"actor\":");
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
    }
}
