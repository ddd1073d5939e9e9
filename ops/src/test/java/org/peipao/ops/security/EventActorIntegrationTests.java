package org.peipao.ops.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Fixtures;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.StoredEvents;
import org.peipao.ops.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Every stored event names who caused it (user, roles, a mentor's companion) and the request it came from. */
@ServerTest
class EventActorIntegrationTests {

    private static final String CORRELATION_HEADER = "X-Correlation-Id";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Fixtures fixtures;
    StoredEvents events;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(TestUsers.ADMIN.api(port));
        events = new StoredEvents(jdbc);
    }

    private Api signedIn(String user, String correlationId) {
        return new Api("http://localhost:" + port, headers -> {
            headers.setBasicAuth(user, user + "-secret");
            headers.set(CORRELATION_HEADER, correlationId);
        });
    }

    @Test
    void aMentorsMilestoneRecordsTheMentorTheirCompanionAndTheRequest() {
        fixtures.mentorCompanion();
        String project = fixtures.projectAccompaniedBy(TestUsers.MENTOR_COMPANION);
        String correlationId = Ids.unique("request");
        try {
            var logged = signedIn("mentor", correlationId).post("/api/v1/projects/" + project + "/milestones",
                    Fixtures.milestoneBody(Ids.unique("milestone")));
            assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
            assertThat(logged.headers().getFirst(CORRELATION_HEADER)).isEqualTo(correlationId);

            JsonNode metaData = events.latestMetaData(project, "MilestoneLoggedEvent");
            assertThat(metaData.path("actor").asText()).isEqualTo("mentor");
            assertThat(metaData.path("actorRoles").asText()).isEqualTo("MENTOR");
            assertThat(metaData.path("actorCompanionId").asText()).isEqualTo(TestUsers.MENTOR_COMPANION);
            assertThat(metaData.path("correlationId").asText()).isEqualTo(correlationId);
        } finally {
            fixtures.release(project, TestUsers.MENTOR_COMPANION);
        }
    }

    @Test
    void anAdministratorsWriteRecordsNoCompanion() {
        String correlationId = Ids.unique("request");
        String companion = Ids.unique("companion");
        var registered = signedIn("admin", correlationId).post("/api/v1/companions", Fixtures.companionBody(companion));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

        JsonNode metaData = events.latestMetaData(companion, "CompanionRegisteredEvent");
        assertThat(metaData.path("actor").asText()).isEqualTo("admin");
        assertThat(metaData.path("actorRoles").asText()).isEqualTo("ADMIN");
        assertThat(metaData.has("actorCompanionId")).as(metaData.toString()).isFalse();
        assertThat(metaData.path("correlationId").asText()).isEqualTo(correlationId);
    }

    @Test
    void anIllFormedCorrelationIdIsReplacedAndTheReplacementIsRecorded() {
        String companion = Ids.unique("companion");
        var registered = signedIn("admin", "not a valid id; <script>").post("/api/v1/companions",
                Fixtures.companionBody(companion));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String given = registered.headers().getFirst(CORRELATION_HEADER);
        assertThat(given).matches("[A-Za-z0-9._-]{1,64}");

        assertThat(events.latestMetaData(companion, "CompanionRegisteredEvent").path("correlationId").asText())
                .isEqualTo(given);
    }
}
