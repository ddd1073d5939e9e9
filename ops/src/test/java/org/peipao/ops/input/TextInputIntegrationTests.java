package org.peipao.ops.input;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Fixtures;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ReadModels;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.ops.support.Api.json;

/**
 * Issue 11 §3, §4 and §7 over HTTP: text that is not text is {@code 400} naming the field; labels and enterprise
 * codes count in their normal form; a missing type-specific milestone field is {@code 400} naming it.
 */
@ServerTest
class TextInputIntegrationTests {

    @LocalServerPort
    int port;
    private Api admin;
    private Fixtures fixtures;

    @BeforeEach
    void signIn() {
        admin = TestUsers.ADMIN.api(port);
        fixtures = new Fixtures(admin);
    }

    @Test
    void brokenUnicodeAndControlCharactersAreRefusedNamingTheField() {
        for (String title : List.of("bad \\ud800 title", "nul \\u0000 title", "low \\udc00")) {
            Api.Response response = admin.post("/api/v1/projects", projectWithRawTitle(title));
            assertRefused(response, "title");
        }
    }

    @Test
    void invisibleTextIsNoTextWhateverSpaceItIsMadeOf() {
        for (String invisible : List.of(" ", "\u3000", "\u200B", "\uFEFF", "\u00A0")) {
            assertRefused(admin.post("/api/v1/projects", json("id", Ids.unique("p"), "title", invisible,
                    "domain", "AI", "source", "XINGYU_CUP", "origin", "China", "teamLead", "Lead")), "title");
            assertRefused(admin.post("/api/v1/companions", json("id", Ids.unique("c"), "name", invisible,
                    "kind", "TECH_BROKER", "organisation", "Org", "domains", List.of("AI"))), "name");
        }
    }

    @Test
    void aWithdrawalForAnInvisibleReasonWithdrawsNothing() {
        String project = fixtures.project();

        assertRefused(admin.post("/api/v1/projects/" + project + "/withdrawal", json("reason", "\u200B")), "reason");

        ReadModels.caughtUp(admin, Duration.ofSeconds(30));
        assertThat(admin.get("/api/v1/projects/" + project).text("stage")).isEqualTo("REGISTERED");
    }

    @Test
    void aMissingTypeSpecificFieldIsBadInputNamingIt() {
        String project = fixtures.project();
        assertRefused(admin.post("/api/v1/projects/" + project + "/milestones", json("id", Ids.unique("m"),
                "type", "FINANCING_CLOSED", "occurredOn", "2025-06-10", "summary", "Series A")), "amountCny");
        assertRefused(admin.post("/api/v1/projects/" + project + "/milestones", json("id", Ids.unique("m"),
                "type", "JOBS_CREATED", "occurredOn", "2025-06-10", "summary", "Hired")), "count");
    }

    @Test
    void aDistrictWithAZeroWidthSpaceIsTheSameDistrictInFiguresAndFilters() {
        String source = Ids.unique("SRC");
        String companion = fixtures.companion();
        land(project(source, companion), "巴南区");
        land(project(source, companion), "巴南区\u200B");
        ReadModels.caughtUp(admin, Duration.ofSeconds(30));

        JsonNode landings = admin.get("/api/v1/dashboard?source=" + source).body().path("landings");
        assertThat(landings.path("count").asLong()).isEqualTo(2);
        assertThat(landings.path("byDistrict").size()).as(landings.toString()).isOne();
        assertThat(landings.path("byDistrict").path("巴南区").path("count").asLong()).isEqualTo(2);
        JsonNode filtered = admin.get("/api/v1/dashboard?source=" + source + "&district=\uFEFF巴南区\u200B").body()
                .path("landings");
        assertThat(filtered.path("count").asLong()).as("a filter is normalised the same way").isEqualTo(2);
    }

    @Test
    void oneEnterpriseWritingItsCodeFourWaysIsServedOnce() {
        String source = Ids.unique("SRC");
        String companion = fixtures.companion();
        String code = Ids.uniqueCreditCode();
        List<String> spellings = List.of(code, code.toLowerCase(), fullWidth(code),
                code.substring(0, 9) + " " + code.substring(9));
        for (String spelling : spellings) {
            solve(project(source, companion), challenge("Chongqing Special Steel", spelling));
        }
        ReadModels.caughtUp(admin, Duration.ofSeconds(30));

        JsonNode challenges = admin.get("/api/v1/dashboard?source=" + source).body().path("challenges");
        assertThat(challenges.path("solved").asLong()).isEqualTo(4);
        assertThat(challenges.path("enterprisesServed").asLong()).isOne();
        assertRefused(admin.post("/api/v1/challenges", json("id", Ids.unique("ch"), "enterprise", "Steel",
                "enterpriseCode", code.substring(0, 17) + (code.endsWith("0") ? "1" : "0"), "domain", "AI",
                "title", "Problem")), "enterpriseCode");
    }

    @Test
    void anEnterpriseWithoutACodeIsKnownByItsNameInNormalForm() {
        String source = Ids.unique("SRC");
        String companion = fixtures.companion();
        for (String name : List.of("Chongqing Special Steel", "Chongqing Special Steel\u200B", "\u3000Chongqing Special Steel")) {
            solve(project(source, companion), challenge(name, null));
        }
        ReadModels.caughtUp(admin, Duration.ofSeconds(30));

        assertThat(admin.get("/api/v1/dashboard?source=" + source).body().at("/challenges/enterprisesServed").asLong())
                .isOne();
    }

    private String project(String source, String companion) {
        String id = Ids.unique("p");
        ok(admin.post("/api/v1/projects", json("id", id, "title", "Project " + id, "domain", "AI", "source", source,
                "origin", "China", "teamLead", "Lead")));
        ok(admin.post("/api/v1/projects/" + id + "/assignments", json("companionId", companion, "role", "SUPPORTING")));
        return id;
    }

    private void land(String project, String district) {
        ok(admin.post("/api/v1/projects/" + project + "/landings", json("id", Ids.unique("l"), "district", district,
                "form", "NEW_COMPANY", "signedAmountCny", 1_000_000, "signedOn", "2025-11-15")));
    }

    private String challenge(String enterprise, String code) {
        String id = Ids.unique("ch");
        ok(admin.post("/api/v1/challenges", code == null
                ? json("id", id, "enterprise", enterprise, "domain", "AI", "title", "Problem")
                : json("id", id, "enterprise", enterprise, "enterpriseCode", code, "domain", "AI", "title", "Problem")));
        return id;
    }

    private void solve(String project, String challenge) {
        ok(admin.post("/api/v1/challenges/" + challenge + "/match", json("projectId", project)));
        String milestone = Ids.unique("m");
        ok(admin.post("/api/v1/projects/" + project + "/milestones", json("id", milestone,
                "type", "TECH_PROBLEM_SOLVED", "occurredOn", "2025-06-10", "summary", "Solved",
                "challengeId", challenge)));
        ok(admin.post("/api/v1/projects/" + project + "/milestones/" + milestone + "/verification", "{}"));
    }

    private static String projectWithRawTitle(String rawJsonTitle) {
        return "{\"id\":\"" + Ids.unique("p") + "\",\"title\":\"" + rawJsonTitle + "\",\"domain\":\"AI\","
                + "\"source\":\"XINGYU_CUP\",\"origin\":\"China\",\"teamLead\":\"Lead\"}";
    }

    private static String fullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append((char) (c + 0xFEE0)));
        return wide.toString();
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("validation");
        assertThat(response.body().path("errors")).as(response.toString())
                .anyMatch(error -> error.path("field").asText().equals(field));
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
    }
}
