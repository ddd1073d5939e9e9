package org.peipao.ops.input;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Fixtures;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 §2: every date-only parameter is the office's day ({@code peipao.zone}). The server's clock reads 02:58
 * in Chongqing on the office's yesterday, which is still the day before in UTC: a project registered then was
 * registered on the office's day, not on UTC's.
 */
@ServerTest
@Import(OfficeDaysIntegrationTests.EarlyMorningInTheOffice.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OfficeDaysIntegrationTests {

    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    /** The office's day of the server's clock; in UTC it is still the day before. */
    private static final LocalDate DAY = LocalDate.now(OFFICE).minusDays(1);

    @LocalServerPort
    int port;

    @TestConfiguration
    static class EarlyMorningInTheOffice {
        @Bean
        @Primary
        Clock earlyMorning() {
            Instant early = DAY.atTime(LocalTime.of(2, 58)).atZone(OFFICE).toInstant();
            return Clock.offset(Clock.system(OFFICE), Duration.between(Instant.now(), early));
        }
    }

    /** Event timestamps follow the clock through a static field of Axon's: give it back to the other tests. */
    @AfterAll
    static void giveBackTheClock() {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    @Test
    void aProjectRegisteredEarlyInTheOfficesDayBelongsToThatDayInEveryAuditParameter() {
        Api admin = TestUsers.ADMIN.api(port);
        Api auditor = TestUsers.AUDITOR.api(port);
        String project = Ids.unique("early");
        assertThat(admin.post("/api/v1/projects", Fixtures.projectBody(project)).status()).isEqualTo(201);

        assertThat(registered(auditor, "from=" + DAY)).as("listed from its office day").contains(project);
        assertThat(registered(auditor, "to=" + DAY.minusDays(1))).as("not up to the office's day before")
                .doesNotContain(project);
        assertThat(registered(auditor, "from=" + DAY + "&to=" + DAY)).contains(project);
        assertThat(auditor.get("/api/v1/audit/streams/" + project + "/state?asOf=" + DAY.minusDays(1)).status())
                .as("it did not exist yet as the office's day before ended").isEqualTo(404);
        assertThat(auditor.get("/api/v1/audit/streams/" + project + "/state?asOf=" + DAY).status()).isEqualTo(200);
    }

    private static List<String> registered(Api auditor, String period) {
        Api.Response page = auditor.get("/api/v1/audit/events?type=ProjectRegisteredEvent&limit=1000&" + period);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode event : page.body().path("events")) {
            ids.add(event.path("aggregateId").asText());
        }
        return ids;
    }
}
