package org.peipao.ops;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peipao.ops.support.Api.json;

/**
 * A scripted programme through the HTTP API whose dashboard figures, filters and trend points are worked out by
 * hand. Figures filtered by this test's own source are exact; figures no source filter applies to are checked
 * as the change the scenario makes. Then: the same after a full replay, the same after every event is
 * delivered twice, and Prometheus gauges equal to the dashboard.
 */
@ServerTest
@AutoConfigureObservability
@TestPropertySource(properties = {"peipao.query.gauge-refresh=200ms", "peipao.ops.gauge-refresh=200ms",
        "peipao.test.context=dashboard"})
class DashboardIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore eventStore;

    Api admin;
    YearMonth thisMonth;
    String source;
    String cA;
    String cB;

    @BeforeEach
    void setUp() {
        admin = TestUsers.ADMIN.api(port);
        thisMonth = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        source = Ids.unique("SRC");
        cA = Ids.unique("cA");
        cB = Ids.unique("cB");
    }

    @Test
    void everyFigureFilterAndTrendPointIsAsWorkedOutByHand() {
        JsonNode before = dashboard("");
        Map<String, List<String>> trendsBefore = trends();
        playTheScenario();
        waitForTheReadModels();

        JsonNode all = dashboard("?source=" + source);
        assertThat(longs(all.path("projects"), "registered", "incubating", "landed", "withdrawn"))
                .containsExactly(3L, 0L, 2L, 1L);
        assertThat(all.path("projects").path("byDomain")).hasToString("{\"AI\":2,\"LIFE_SCIENCES\":1}");
        assertThat(all.path("projects").path("bySource").path(source).asLong()).isEqualTo(3);
        assertThat(all.path("landings").path("count").asLong()).isEqualTo(3);
        assertThat(all.path("landings").path("signedAmountCny").decimalValue()).isEqualByComparingTo("1300.50");
        assertThat(signed(all, "byDistrict", "巴南区")).containsExactly("2", "1100.50");
        assertThat(signed(all, "byDistrict", "渝北区")).containsExactly("1", "200.00");
        assertThat(signed(all, "byForm", "LAB")).containsExactly("1", "1000.00");
        assertThat(signed(all, "byDomain", "AI")).containsExactly("2", "300.50");
        assertThat(all.path("challenges").path("solved").asLong()).isEqualTo(2);
        assertThat(all.path("challenges").path("enterprisesServed").asLong()).isEqualTo(1);
        assertThat(all.path("milestones").path("verifiedByType"))
                .hasToString("{\"FINANCING_CLOSED\":1,\"TECH_PROBLEM_SOLVED\":2}");
        assertThat(longs(all.path("milestones"), "pendingVerification", "rejected")).containsExactly(1L, 1L);
        assertThat(all.path("milestones").path("financingClosedCny").decimalValue()).isEqualByComparingTo("5000000");
        // p1: 2025-01-10 → 2025-04-20 = 100 days; p2: 2025-02-01 → 2025-05-01 = 89 days
        assertThat(longs(all.path("timeToLanding"), "landedProjects", "medianDays", "p90Days"))
                .containsExactly(2L, 89L, 100L);
        assertThat(all.path("leaderboard").findValuesAsText("companionId")).containsExactly(cA, cB);
        assertThat(longs(all.path("leaderboard").get(0), "landedProjects", "problemsSolved", "verifiedMilestones"))
                .containsExactly(1L, 1L, 2L);
        assertThat(all.path("leaderboard").get(0).path("kind").asText()).isEqualTo("TECH_BROKER");
        assertThat(longs(all.path("leaderboard").get(1), "landedProjects", "problemsSolved", "verifiedMilestones"))
                .containsExactly(1L, 1L, 1L);

        JsonNode techBrokers = dashboard("?source=" + source + "&kind=TECH_BROKER");
        assertThat(techBrokers.path("landings").path("signedAmountCny").decimalValue()).isEqualByComparingTo("300.50");
        assertThat(techBrokers.path("milestones").path("verifiedByType"))
                .hasToString("{\"FINANCING_CLOSED\":1,\"TECH_PROBLEM_SOLVED\":1}");
        assertThat(techBrokers.path("challenges").path("solved").asLong()).isEqualTo(1);
        assertThat(techBrokers.path("leaderboard").findValuesAsText("companionId")).containsExactly(cA);
        assertThat(longs(techBrokers.path("timeToLanding"), "landedProjects", "medianDays")).containsExactly(1L, 100L);

        // the domain is the project's for projects, milestones and landings, the challenge's own for challenges
        JsonNode lifeSciences = dashboard("?source=" + source + "&domain=LIFE_SCIENCES");
        assertThat(longs(lifeSciences.path("projects"), "registered", "incubating", "landed", "withdrawn"))
                .containsExactly(1L, 0L, 1L, 0L);
        assertThat(lifeSciences.path("projects").path("byDomain")).hasToString("{\"LIFE_SCIENCES\":1}");
        assertThat(signed(lifeSciences, "byDistrict", "巴南区")).containsExactly("1", "1000.00");
        assertThat(lifeSciences.path("landings").path("byDistrict").has("渝北区")).isFalse();
        assertThat(lifeSciences.path("milestones").path("verifiedByType")).hasToString("{\"TECH_PROBLEM_SOLVED\":1}");
        assertThat(longs(lifeSciences.path("milestones"), "pendingVerification", "rejected")).containsExactly(0L, 0L);
        assertThat(longs(lifeSciences.path("challenges"), "solved", "enterprisesServed")).containsExactly(0L, 0L);
        assertThat(longs(lifeSciences.path("timeToLanding"), "landedProjects", "medianDays")).containsExactly(1L, 89L);
        assertThat(lifeSciences.path("leaderboard").findValuesAsText("companionId")).containsExactly(cB);
        JsonNode newMaterials = dashboard("?source=" + source + "&domain=NEW_MATERIALS");
        assertThat(newMaterials.path("projects").path("registered").asLong()).isZero();
        assertThat(newMaterials.path("landings").path("count").asLong()).isZero();
        assertThat(longs(newMaterials.path("challenges"), "solved", "enterprisesServed")).containsExactly(2L, 1L);

        JsonNode banan = dashboard("?source=" + source + "&district=巴南区");
        assertThat(banan.path("landings").path("count").asLong()).isEqualTo(2);
        assertThat(banan.path("landings").path("signedAmountCny").decimalValue()).isEqualByComparingTo("1100.50");
        assertThat(banan.path("timeToLanding").path("landedProjects").asLong()).isEqualTo(2);

        JsonNode lateYear = dashboard("?source=" + source + "&from=2025-05-01&to=2025-12-31");
        assertThat(lateYear.path("landings").path("signedAmountCny").decimalValue()).isEqualByComparingTo("1200");
        assertThat(lateYear.path("challenges").path("solved").asLong()).isEqualTo(1);
        assertThat(lateYear.path("milestones").path("verifiedByType")).hasToString("{\"TECH_PROBLEM_SOLVED\":1}");
        assertThat(lateYear.path("milestones").path("pendingVerification").asLong()).isEqualTo(1);
        assertThat(longs(lateYear.path("timeToLanding"), "landedProjects", "medianDays")).containsExactly(1L, 89L);

        JsonNode after = dashboard("");
        assertThat(change(before, after, "companions", "registered", "active", "suspended", "retired"))
                .containsExactly(4L, 2L, 1L, 1L);
        assertThat(change(before.path("companions").path("byKind"), after.path("companions").path("byKind"),
                "TECH_BROKER", "registered", "active", "suspended")).containsExactly(2L, 1L, 1L);
        assertThat(change(before, after, "challenges", "total", "open", "matched", "solved", "closed",
                "enterprisesServed")).containsExactly(4L, 1L, 0L, 2L, 1L, 1L);

        Map<String, List<String>> trendsAfter = trends();
        assertThat(difference(trendsBefore.get("weeklyLandings"), trendsAfter.get("weeklyLandings")))
                .containsExactly("1", "0", "1");
        // projects and companions count from the day they were recorded: this month in the office's time zone (or
        // the next, should the test run over midnight at the month's end); active companions are a running total
        assertThat(total(difference(trendsBefore.get("newProjects"), trendsAfter.get("newProjects")))).isEqualTo(3);
        assertThat(difference(trendsBefore.get("activeCompanions"), trendsAfter.get("activeCompanions")).get(1))
                .isEqualTo("2");
        assertThat(difference(trendsBefore.get("landings"), trendsAfter.get("landings"))).containsExactly("0", "1", "1", "1");
        assertThat(difference(trendsBefore.get("signedAmount"), trendsAfter.get("signedAmount")))
                .containsExactly("0.00", "100.50", "1000.00", "200.00");
        assertThat(difference(trendsBefore.get("problemsSolved"), trendsAfter.get("problemsSolved")))
                .containsExactly("0", "1", "1", "0");
        assertThat(difference(trendsBefore.get("verifiedMilestones"), trendsAfter.get("verifiedMilestones")))
                .containsExactly("1", "1", "1", "0");

        // the trend takes the dashboard's filters, each meaning what it means there
        assertThat(difference(trendsBefore.get("bananLandings"), trendsAfter.get("bananLandings")))
                .containsExactly("0", "1", "1", "0");
        assertThat(trend("signedAmount", "&source=" + source + "&district=巴南区"))
                .containsExactly("0.00", "100.50", "1000.00", "0.00");
        assertThat(trend("landings", "&source=" + source + "&kind=TECH_BROKER")).containsExactly("0", "1", "0", "1");
        assertThat(trend("landings", "&source=" + source + "&domain=LIFE_SCIENCES")).containsExactly("0", "0", "1", "0");
        assertThat(trend("verifiedMilestones", "&source=" + source + "&kind=TECH_BROKER"))
                .containsExactly("1", "0", "1", "0");
        assertThat(trend("problemsSolved", "&source=" + source + "&district=渝北区")).as("district does not apply")
                .containsExactly("0", "1", "1", "0");
        assertThat(trend("landings", "&source=" + source)).as("the source alone")
                .containsExactly("0", "1", "1", "1");

        assertGaugesEqual(dashboard(""));
    }

    @Test
    void aTrendRefusesABadFilterAsTheDashboardDoes() {
        for (String filter : List.of("kind=WIZARD", "domain=ASTROLOGY", "district=" + "x".repeat(1000))) {
            Api.Response trend = admin.get("/api/v1/dashboard/trends?metric=landings&interval=month&" + filter);
            assertThat(trend.status()).as("%s: %s", filter, trend).isEqualTo(400);
            assertThat(trend.headers().getContentType()).hasToString("application/problem+json");
            assertThat(admin.get("/api/v1/dashboard?" + filter).status()).as(filter).isEqualTo(400);
        }
        JsonNode documented = admin.get("/v3/api-docs").body().at("/paths/~1api~1v1~1dashboard~1trends/get/parameters");
        assertThat(documented.findValuesAsText("name")).as("the OpenAPI document")
                .contains("metric", "interval", "from", "to", "domain", "district", "kind", "source");
    }

    @Test
    void aFullReplayAndATwiceDeliveredHistoryYieldTheSameDashboard() {
        playTheScenario();
        waitForTheReadModels();
        JsonNode all = withoutAsOf(dashboard(""));
        JsonNode ours = withoutAsOf(dashboard("?source=" + source));

        StreamingEventProcessor dashboard = processing.eventProcessor("dashboard", StreamingEventProcessor.class)
                .orElseThrow();
        dashboard.shutDown();
        try {
            dashboard.resetTokens();
        } finally {
            dashboard.start();
        }
        waitForTheReadModels();
        assertThat(withoutAsOf(dashboard(""))).isEqualTo(all);
        assertThat(withoutAsOf(dashboard("?source=" + source))).isEqualTo(ours);

        dashboard.shutDown();
        try { // back to the first event, keeping the counters: every event is delivered a second time
            processing.tokenStore("dashboard").storeToken(eventStore.createTailToken(), "dashboard", 0);
        } finally {
            dashboard.start();
        }
        waitForTheReadModels();
        assertThat(withoutAsOf(dashboard(""))).isEqualTo(all);
        assertThat(withoutAsOf(dashboard("?source=" + source))).isEqualTo(ours);
    }

    private void playTheScenario() {
        companion(cA, "TECH_BROKER");
        companion(cB, "INVESTMENT_MANAGER");
        String cC = Ids.unique("cC");
        String cD = Ids.unique("cD");
        companion(cC, "TECH_BROKER");
        companion(cD, "INCUBATOR_MANAGER");
        ok(admin.post("/api/v1/companions/" + cC + "/suspension", json("reason", "on leave")));
        ok(admin.post("/api/v1/companions/" + cD + "/retirement", json("reason", "moved away")));

        String p1 = project("AI");
        String p2 = project("LIFE_SCIENCES");
        String p3 = project("AI");
        ok(admin.post("/api/v1/projects/" + p1 + "/assignments", json("companionId", cA, "role", "LEAD", "since", "2025-01-10")));
        ok(admin.post("/api/v1/projects/" + p2 + "/assignments", json("companionId", cB, "role", "LEAD", "since", "2025-02-01")));
        ok(admin.post("/api/v1/projects/" + p3 + "/withdrawal", json("reason", "the team left")));

        String enterprise = Ids.uniqueCreditCode();
        String ch1 = challenge(enterprise, "NEW_MATERIALS");
        String ch2 = challenge(enterprise, "NEW_MATERIALS");
        String ch3 = challenge(Ids.uniqueCreditCode(), "AI");
        challenge(Ids.uniqueCreditCode(), "AI");
        ok(admin.post("/api/v1/challenges/" + ch1 + "/match", json("projectId", p2)));
        ok(admin.post("/api/v1/challenges/" + ch2 + "/match", json("projectId", p1)));
        ok(admin.post("/api/v1/challenges/" + ch3 + "/closure", json("reason", "withdrawn by the enterprise")));

        milestone(p1, "m1", json("type", "FINANCING_CLOSED", "occurredOn", "2025-03-05", "summary", "Series A",
                "amountCny", new BigDecimal("5000000")), true);
        milestone(p1, "m2", json("type", "AWARD_WON", "occurredOn", "2025-03-10", "summary", "Prize"), false);
        ok(admin.post("/api/v1/projects/" + p1 + "/milestones/m2/rejection", json("reason", "no certificate")));
        milestone(p1, "m3", json("type", "PATENT_GRANTED", "occurredOn", "2025-07-01", "summary", "Patent"), false);
        milestone(p2, "m4", json("type", "TECH_PROBLEM_SOLVED", "occurredOn", "2025-04-02", "summary", "Solved",
                "challengeId", ch1), true);
        milestone(p1, "m5", json("type", "TECH_PROBLEM_SOLVED", "occurredOn", "2025-05-05", "summary", "Solved",
                "challengeId", ch2), true);

        landing(p1, "巴南区", "NEW_COMPANY", "100.50", "2025-04-20");
        landing(p1, "渝北区", "BRANCH", "200.00", "2025-06-01");
        landing(p2, "巴南区", "LAB", "1000.00", "2025-05-01");
        await().atMost(Duration.ofSeconds(30)).until(() -> "SOLVED".equals(admin.get("/api/v1/challenges/" + ch2)
                .text("status")) && "SOLVED".equals(admin.get("/api/v1/challenges/" + ch1).text("status")));
    }

    private void companion(String id, String kind) {
        ok(admin.post("/api/v1/companions", json("id", id, "name", "Companion " + id, "kind", kind,
                "organisation", "Org", "domains", List.of("AI"))));
    }

    private String project(String domain) {
        String id = Ids.unique("p");
        ok(admin.post("/api/v1/projects", json("id", id, "title", "Project " + id, "domain", domain,
                "source", source, "origin", "China", "teamLead", "Lead")));
        return id;
    }

    private String challenge(String enterpriseCode, String domain) {
        String id = Ids.unique("ch");
        ok(admin.post("/api/v1/challenges", json("id", id, "enterprise", "Enterprise " + enterpriseCode,
                "enterpriseCode", enterpriseCode, "domain", domain, "title", "Problem")));
        return id;
    }

    private void milestone(String project, String id, String body, boolean verify) {
        ok(admin.post("/api/v1/projects/" + project + "/milestones", body.replace("{", "{\"id\":\"" + id + "\",")));
        if (verify) {
            ok(admin.post("/api/v1/projects/" + project + "/milestones/" + id + "/verification", "{}"));
        }
    }

    private void landing(String project, String district, String form, String amount, String signedOn) {
        ok(admin.post("/api/v1/projects/" + project + "/landings", json("district", district, "form", form,
                "signedAmountCny", new BigDecimal(amount), "signedOn", signedOn)));
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
    }

    /** Until every processor has handled every stored event. */
    private void waitForTheReadModels() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            JsonNode processors = admin.get("/api/v1/admin/processors").body();
            boolean done = processors.size() > 0;
            for (JsonNode processor : processors) {
                // (a replay may still say "replaying" after its last event, until old gaps in the index age out)
                done &= processor.path("lag").path("events").asLong() == 0 && processor.path("running").asBoolean();
            }
            return done;
        });
    }

    private JsonNode dashboard(String query) {
        Api.Response response = admin.get("/api/v1/dashboard" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private Map<String, List<String>> trends() {
        Map<String, List<String>> trends = new java.util.HashMap<>();
        for (String metric : List.of("landings", "signedAmount", "problemsSolved", "verifiedMilestones")) {
            JsonNode points = admin.get("/api/v1/dashboard/trends?metric=" + metric
                    + "&interval=month&from=2025-03-01&to=2025-06-30").body().path("points");
            assertThat(points.findValuesAsText("period")).containsExactly("2025-03", "2025-04", "2025-05", "2025-06");
            trends.put(metric, points.findValuesAsText("value"));
        }
        trends.put("bananLandings", trend("landings", "&district=巴南区"));
        JsonNode weeks = admin.get("/api/v1/dashboard/trends?metric=landings&interval=week&from=2025-04-14&to=2025-05-04")
                .body().path("points");
        assertThat(weeks.findValuesAsText("period")).containsExactly("2025-W16", "2025-W17", "2025-W18");
        trends.put("weeklyLandings", weeks.findValuesAsText("value"));
        for (String metric : List.of("newProjects", "activeCompanions")) {
            JsonNode points = admin.get("/api/v1/dashboard/trends?metric=" + metric + "&interval=month&from="
                    + thisMonth.atDay(1) + "&to=" + thisMonth.plusMonths(1).atEndOfMonth()).body().path("points");
            assertThat(points.findValuesAsText("period"))
                    .containsExactly(thisMonth.toString(), thisMonth.plusMonths(1).toString());
            trends.put(metric, points.findValuesAsText("value"));
        }
        return trends;
    }

    /** A monthly trend from March to June 2025 under {@code filters} (each {@code &name=value}). */
    private List<String> trend(String metric, String filters) {
        Api.Response response = admin.get("/api/v1/dashboard/trends?metric=" + metric
                + "&interval=month&from=2025-03-01&to=2025-06-30" + filters);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode points = response.body().path("points");
        assertThat(points.findValuesAsText("period")).containsExactly("2025-03", "2025-04", "2025-05", "2025-06");
        return points.findValuesAsText("value");
    }

    private void assertGaugesEqual(JsonNode dashboard) {
        Api metrics = TestUsers.METRICS.api(port);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            String scrape = metrics.get("/actuator/prometheus").body().asText();
            JsonNode companions = dashboard.path("companions");
            assertThat(sum(scrape, "peipao_companions", "status=\"ACTIVE\"")).isEqualTo(companions.path("active").asDouble());
            assertThat(sum(scrape, "peipao_companions", "status=\"SUSPENDED\"")).isEqualTo(companions.path("suspended").asDouble());
            assertThat(sum(scrape, "peipao_companions", "status=\"RETIRED\"")).isEqualTo(companions.path("retired").asDouble());
            for (String stage : List.of("INCUBATING", "LANDED", "WITHDRAWN")) {
                assertThat(sum(scrape, "peipao_projects", "stage=\"" + stage + "\"")).as(stage)
                        .isEqualTo(dashboard.path("projects").path(stage.toLowerCase()).asDouble());
            }
            assertThat(sum(scrape, "peipao_landings", "")).isEqualTo(dashboard.path("landings").path("count").asDouble());
            assertThat(sum(scrape, "peipao_landing_signed_amount_cny", ""))
                    .isEqualTo(dashboard.path("landings").path("signedAmountCny").asDouble());
            assertThat(sum(scrape, "peipao_challenges", "status=\"POSTED\"")).isEqualTo(dashboard.path("challenges").path("open").asDouble());
            for (String status : List.of("MATCHED", "SOLVED", "CLOSED")) {
                assertThat(sum(scrape, "peipao_challenges", "status=\"" + status + "\"")).as(status)
                        .isEqualTo(dashboard.path("challenges").path(status.toLowerCase()).asDouble());
            }
            assertThat(sum(scrape, "peipao_enterprises_served", ""))
                    .isEqualTo(dashboard.path("challenges").path("enterprisesServed").asDouble());
            double verified = 0;
            for (JsonNode count : dashboard.path("milestones").path("verifiedByType")) {
                verified += count.asDouble();
            }
            assertThat(sum(scrape, "peipao_milestones", "status=\"VERIFIED\"")).isEqualTo(verified);
            assertThat(sum(scrape, "peipao_milestones", "status=\"LOGGED\""))
                    .isEqualTo(dashboard.path("milestones").path("pendingVerification").asDouble());
            assertThat(sum(scrape, "peipao_milestones", "status=\"REJECTED\""))
                    .isEqualTo(dashboard.path("milestones").path("rejected").asDouble());
        });
    }

    /** The sum of a gauge's samples whose labels contain {@code labelMatch}. */
    private static double sum(String scrape, String metric, String labelMatch) {
        double total = 0;
        for (String line : scrape.split("\n")) {
            if ((line.startsWith(metric + "{") || line.startsWith(metric + " ")) && line.contains(labelMatch)) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    private static List<Long> longs(JsonNode node, String... fields) {
        List<Long> values = new ArrayList<>();
        for (String field : fields) {
            values.add(node.path(field).asLong());
        }
        return values;
    }

    private static List<Long> change(JsonNode before, JsonNode after, String section, String... fields) {
        List<Long> changes = new ArrayList<>();
        for (String field : fields) {
            changes.add(after.path(section).path(field).asLong() - before.path(section).path(field).asLong());
        }
        return changes;
    }

    private static List<String> signed(JsonNode dashboard, String by, String key) {
        JsonNode signed = dashboard.path("landings").path(by).path(key);
        return List.of(signed.path("count").asText(), signed.path("signedAmountCny").decimalValue().setScale(2).toPlainString());
    }

    private static long total(List<String> values) {
        return values.stream().mapToLong(Long::parseLong).sum();
    }

    private static List<String> difference(List<String> before, List<String> after) {
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            differences.add(new BigDecimal(after.get(i)).subtract(new BigDecimal(before.get(i))).toPlainString());
        }
        return differences;
    }

    private static JsonNode withoutAsOf(JsonNode dashboard) {
        UnaryOperator<JsonNode> strip = node -> {
            ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("asOf");
            return node;
        };
        return strip.apply(dashboard.deepCopy());
    }
}
