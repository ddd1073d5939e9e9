package org.peipao.ops;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Fixtures;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.ops.support.Api.json;

/** Bad input and refused commands answer RFC 9457 problems with the right status, type and field. */
@ServerTest
class RequestProblemsIntegrationTests {

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = TestUsers.ADMIN.api(port);
    }

    private static void assertFieldError(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.headers().getContentType()).hasToString("application/problem+json");
        assertThat(response.problemType()).isEqualTo("validation");
        assertThat(response.body().path("errors").findValuesAsText("field")).contains(field);
        assertNoInternals(response);
    }

    private static void assertNoInternals(Api.Response response) {
        assertThat(response.body().toString()).doesNotContain("Exception", "org.", "java.", "at ");
    }

    private static String companion(String id) {
        return json("id", id, "name", "Li Wei", "kind", "TECH_BROKER", "organisation", "Org", "domains", new String[]{});
    }

    @Test
    void anUnknownFieldIsNamed() {
        assertFieldError(api.post("/api/v1/companions", companion(Ids.unique("c")).replace("}", ",\"nickname\":\"x\"}")),
                "nickname");
    }

    @Test
    void anUnknownEnumValueIsNamedWithTheAllowedValues() {
        var response = api.post("/api/v1/companions", companion(Ids.unique("c")).replace("TECH_BROKER", "WIZARD"));
        assertFieldError(response, "kind");
        assertThat(response.body().toString()).contains("INVESTMENT_MANAGER");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertFieldError(api.post("/api/v1/companions", json("name", "Li Wei", "organisation", "Org",
                "domains", new String[]{})), "kind");
    }

    @Test
    void aWrongTypeIsNamed() {
        assertFieldError(api.post("/api/v1/companions", companion(Ids.unique("c")).replace("}", ",\"capacity\":\"many\"}")),
                "capacity");
        assertFieldError(api.post("/api/v1/companions", companion(Ids.unique("c")).replace("\"domains\":[]",
                "\"domains\":\"AI\"")), "domains");
    }

    @Test
    void anOverLongStringIsNamed() {
        assertFieldError(api.post("/api/v1/companions", companion(Ids.unique("c")).replace("Li Wei", "x".repeat(201))),
                "name");
    }

    @Test
    void anIdOutsideThePatternIsNamed() {
        assertFieldError(api.post("/api/v1/companions", companion("has space")), "id");
        assertFieldError(api.post("/api/v1/companions", companion(".")), "id");
        assertFieldError(api.post("/api/v1/companions", companion("..")), "id");
        assertFieldError(api.get("/api/v1/companions/" + "x".repeat(65)), "id");
    }

    @Test
    void anInvalidDateOrAmountIsNamed() {
        String project = Ids.unique("p");
        assertFieldError(api.post("/api/v1/projects/" + project + "/milestones", json("type", "FINANCING_CLOSED",
                "occurredOn", "2025-02-30", "summary", "Series A", "amountCny", 5)), "occurredOn");
        assertFieldError(api.post("/api/v1/projects/" + project + "/milestones", json("type", "FINANCING_CLOSED",
                "occurredOn", "2025-02-03", "summary", "Series A", "amountCny", 5.123)), "amountCny");
    }

    @Test
    void anInvalidQueryParameterIsNamed() {
        assertFieldError(api.get("/api/v1/companions?status=SLEEPING"), "status");
        assertFieldError(api.get("/api/v1/projects?size=1000"), "size");
    }

    @Test
    void aSourceOrDistrictThatWouldBreakTheDashboardIsNamed() {
        assertFieldError(api.post("/api/v1/projects", json("id", Ids.unique("p"), "title", "T", "domain", "AI",
                "source", "GEEC|2025", "origin", "China", "teamLead", "L")), "source");
        assertFieldError(api.post("/api/v1/projects/" + Ids.unique("p") + "/landings", json("district", "*",
                "form", "LAB", "signedAmountCny", 1, "signedOn", "2025-01-01")), "district");
    }

    @Test
    void aWriteToAnIdOfAnotherKindFindsNothing() {
        String companion = Ids.unique("c");
        api.post("/api/v1/companions", companion(companion));
        var assigned = api.post("/api/v1/projects/" + companion + "/assignments",
                json("companionId", companion, "role", "LEAD"));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(404);
        assertThat(assigned.problemType()).isEqualTo("not-found");
        String project = Ids.unique("p");
        api.post("/api/v1/projects", json("id", project, "title", "T", "domain", "AI", "source", "S",
                "origin", "China", "teamLead", "L"));
        assertThat(api.post("/api/v1/companions/" + project + "/honours", json("title", "Gold", "year", 2025)).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/challenges/" + project + "/closure", json("reason", "r")).status()).isEqualTo(404);
        var taken = api.post("/api/v1/companions", companion(project));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        assertThat(taken.problemType()).isEqualTo("id-already-used");
    }

    @Test
    void malformedJsonIsABadRequest() {
        var response = api.post("/api/v1/projects", "{\"title\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("malformed-request");
        assertNoInternals(response);
    }

    @Test
    void aMissingBodyIsABadRequest() {
        var response = api.exchange(HttpMethod.POST, "/api/v1/projects", "", MediaType.APPLICATION_JSON);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("malformed-request");
    }

    @Test
    void evidenceMustBeAnHttpLink() {
        String project = new Fixtures(api).projectAccompaniedBy(new Fixtures(api).companion());
        var response = api.post("/api/v1/projects/" + project + "/milestones", json("type", "AWARD_WON",
                "occurredOn", "2025-05-01", "summary", "Gold award", "evidenceUrl", "javascript:alert(1)"));
        assertFieldError(response, "evidenceUrl");
    }

    @Test
    void theWrongMediaTypeIsUnsupported() {
        var response = api.exchange(HttpMethod.POST, "/api/v1/companions", companion(Ids.unique("c")),
                MediaType.TEXT_PLAIN);
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.problemType()).isEqualTo("unsupported-media-type");
        assertThat(response.text("detail")).isEqualTo("Content-Type text/plain is not accepted here; send application/json");
    }

    /** Issue 11 §7: a write without a body needs no Content-Type. */
    @Test
    void aBodylessPostNeedsNoContentType() {
        var replay = api.exchange(HttpMethod.POST, "/api/v1/admin/processors/dashboard/replay", null, null);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(202);
        assertThat(replay.text("name")).isEqualTo("dashboard");
    }

    /** What a cross-site form sends always has a Content-Type of its own, and is still refused. */
    @Test
    void aBodylessPostOfAFormIsStillUnsupported() {
        var response = api.exchange(HttpMethod.POST, "/api/v1/admin/processors/dashboard/replay", "",
                MediaType.APPLICATION_FORM_URLENCODED);
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.problemType()).isEqualTo("unsupported-media-type");
    }

    /** Issue 11 §7: a path with a trailing slash is told there is no such endpoint, not "no static resource". */
    @Test
    void aTrailingSlashIsNoSuchEndpoint() {
        var response = api.get("/api/v1/companions/");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.problemType()).isEqualTo("not-found");
        assertThat(response.text("detail"))
                .isEqualTo("there is no endpoint GET /api/v1/companions/ (paths do not end with '/')");
    }

    @Test
    void unknownResourcesAndMethodsAreProblemsToo() {
        var unknownPath = api.get("/api/v1/nothing-here");
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.problemType()).isEqualTo("not-found");
        var unknownProject = api.get("/api/v1/projects/" + Ids.unique("p"));
        assertThat(unknownProject.status()).isEqualTo(404);
        assertThat(unknownProject.problemType()).isEqualTo("not-found");
        var writeToUnknown = api.post("/api/v1/projects/" + Ids.unique("p") + "/withdrawal", json("reason", "r"));
        assertThat(writeToUnknown.status()).isEqualTo(404);
        var wrongMethod = api.delete("/api/v1/companions");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.problemType()).isEqualTo("method-not-allowed");
    }

    @Test
    void aBrokenRuleIsAConflictNamingTheRule() {
        String id = Ids.unique("c");
        api.post("/api/v1/companions", companion(id));
        var reinstated = api.delete("/api/v1/companions/" + id + "/suspension");
        assertThat(reinstated.status()).isEqualTo(409);
        assertThat(reinstated.problemType()).isEqualTo("companion-not-suspended");
        assertThat(reinstated.body().path("title").asText()).isNotBlank();
        assertThat(reinstated.body().path("detail").asText()).isNotBlank();
        assertNoInternals(reinstated);
    }

    @Test
    void assigningBeyondCapacityNamesTheRule() {
        String companion = Ids.unique("c");
        api.post("/api/v1/companions", companion(companion).replace("}", ",\"capacity\":1}"));
        for (int i = 0; i < 2; i++) {
            String project = Ids.unique("p");
            api.post("/api/v1/projects", json("id", project, "title", "P", "domain", "AI", "source", "S",
                    "origin", "China", "teamLead", "T"));
            var assigned = api.post("/api/v1/projects/" + project + "/assignments",
                    json("companionId", companion, "role", "SUPPORTING"));
            if (i == 0) {
                assertThat(assigned.status()).isEqualTo(200);
            } else {
                assertThat(assigned.status()).isEqualTo(409);
                assertThat(assigned.problemType()).isEqualTo("companion-over-capacity");
            }
        }
    }
}
