package org.peipao.ops.security;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Fixtures;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.StoredEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peipao.ops.security.TestIdentityProvider.claims;

/**
 * JWT mode: bearer tokens of an identity provider, here the test itself, which signs them with a key it
 * made and serves the public half as a JWK set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "peipao.security.mode=jwt", "spring.security.oauth2.resourceserver.jwt.audiences=" + TestIdentityProvider.AUDIENCE})
@ActiveProfiles("test")
class JwtModeIntegrationTests {

    @RegisterExtension
    static final TestIdentityProvider IDENTITY = new TestIdentityProvider();

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", IDENTITY::jwkSetUri);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(bearer(IDENTITY.token(claims("office-admin", "ADMIN"))));
    }

    private Api bearer(String token) {
        return TestIdentityProvider.bearer(port, token);
    }

    private Api.Response registerCompanionWith(String token) {
        return bearer(token).post("/api/v1/companions", Fixtures.companionBody(Ids.unique("companion")));
    }

    private static void assertUnauthorized(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.problemType()).isEqualTo("unauthorized");
        assertThat(response.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(response.body().toString()).doesNotContain("expired", "signature", "audience", "Jwt");
    }

    @Test
    void aValidAdministratorsTokenWrites() {
        assertThat(registerCompanionWith(IDENTITY.token(claims("office-admin", "ADMIN"))).status()).isEqualTo(201);
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        assertUnauthorized(registerCompanionWith(IDENTITY.token(claims("office-admin", "ADMIN")
                .issueTime(Date.from(past.minus(Duration.ofMinutes(10)))).expirationTime(Date.from(past)))));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        RSAKey impostor = TestIdentityProvider.rsaKey(); // same key id, different key: only the signature can tell
        assertUnauthorized(registerCompanionWith(TestIdentityProvider.sign(impostor, claims("office-admin", "ADMIN"))));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertUnauthorized(registerCompanionWith(IDENTITY.token(claims("office-admin", "ADMIN").audience("other-app"))));
    }

    @Test
    void noTokenOrAMalformedOneIsRefused() {
        assertUnauthorized(new Api("http://localhost:" + port).get("/api/v1/projects"));
        assertUnauthorized(bearer("not.a.token").get("/api/v1/projects"));
        var basic = new Api("http://localhost:" + port, headers -> headers.setBasicAuth("admin", "admin-secret"))
                .get("/api/v1/projects");
        assertThat(basic.status()).as("basic sign-in is off in jwt mode").isEqualTo(401);
    }

    @Test
    void anAuditorsTokenReadsButDoesNotWrite() {
        String auditor = IDENTITY.token(claims("office-auditor", "AUDITOR"));
        long before = new StoredEvents(jdbc).count();
        var write = registerCompanionWith(auditor);
        assertThat(write.status()).as(write.toString()).isEqualTo(403);
        assertThat(write.problemType()).isEqualTo("forbidden");
        assertThat(new StoredEvents(jdbc).count()).isEqualTo(before);
        assertThat(bearer(auditor).get("/api/v1/projects").status()).isEqualTo(200);
    }

    @Test
    void aMentorsTokenLogsMilestonesOnlyOnTheProjectsItsCompanionAccompanies() {
        String companion = fixtures.companion();
        String accompanied = fixtures.projectAccompaniedBy(companion);
        String other = fixtures.projectAccompaniedBy(fixtures.companion());
        Api mentor = bearer(IDENTITY.token(claims("zhang.mentor", "MENTOR").claim("companion_id", companion)));

        var logged = mentor.post("/api/v1/projects/" + accompanied + "/milestones",
                Fixtures.milestoneBody(Ids.unique("milestone")));
        var refused = mentor.post("/api/v1/projects/" + other + "/milestones",
                Fixtures.milestoneBody(Ids.unique("milestone")));

        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.problemType()).isEqualTo("mentor-not-assigned");
        Map<String, String> metaData = Map.of(
                "actor", "zhang.mentor", "actorRoles", "MENTOR", "actorCompanionId", companion);
        var stored = new StoredEvents(jdbc).latestMetaData(accompanied, "MilestoneLoggedEvent");
        metaData.forEach((key, value) -> assertThat(stored.path(key).asText()).as(key).isEqualTo(value));
    }

    @Test
    void rolesMayAlsoComeAsOneSpaceSeparatedClaim() {
        var response = registerCompanionWith(IDENTITY.token(claims("office-admin").claim("roles", "auditor admin")));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }
}
