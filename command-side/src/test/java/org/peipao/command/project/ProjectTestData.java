package org.peipao.command.project;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.peipao.command.support.Validations;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.peipao.api.IndustryDomain;
import org.peipao.api.project.AssignmentRole;
import org.peipao.api.project.CompanionAssignedEvent;
import org.peipao.api.project.CompanionReleasedEvent;
import org.peipao.api.project.LandingForm;
import org.peipao.api.project.LandingRecordedEvent;
import org.peipao.api.project.ProjectIncubationStartedEvent;
import org.peipao.api.project.ProjectLandedEvent;
import org.peipao.api.project.ProjectRegisteredEvent;
import org.peipao.api.project.ProjectStage;
import org.peipao.api.project.ProjectWithdrawnEvent;
import org.peipao.api.project.RecordLandingCommand;
import org.peipao.api.project.RegisterProjectCommand;
import org.peipao.command.support.FakeLookups;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.peipao.api.MetaDataKeys.ACTOR;
import static org.peipao.api.MetaDataKeys.ACTOR_COMPANION_ID;
import static org.peipao.api.MetaDataKeys.ACTOR_ROLES;

/** The scene of the project tests: one project, a fixed clock, and builders for the events that precede a command. */
final class ProjectTestData {

    static final String PROJECT = "p-1";
    static final String TITLE = "Organoid drug screening";
    static final IndustryDomain DOMAIN = IndustryDomain.LIFE_SCIENCES;
    static final String SOURCE = "Xingyu Cup";
    /** One in the morning of the 16th in Chongqing, still the 15th in UTC: "today" is the date in the clock's zone. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-15T17:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final LocalDate TODAY = LocalDate.of(2025, 11, 16);
    static final LocalDate INCUBATED_ON = LocalDate.of(2025, 3, 1);

    private ProjectTestData() {
    }

    static FixtureConfiguration<Project> fixtureWith(FakeLookups lookups) {
        FixtureConfiguration<Project> fixture = Validations.validating(new AggregateTestFixture<>(Project.class));
        fixture.registerInjectableResource(lookups);
        fixture.registerInjectableResource(CLOCK);
        return fixture;
    }

    static RegisterProjectCommand register(String title) {
        return new RegisterProjectCommand(PROJECT, title, DOMAIN, SOURCE, "Singapore", "Dr Tan Mei", null);
    }

    static ProjectRegisteredEvent registered() {
        return new ProjectRegisteredEvent(PROJECT, TITLE, DOMAIN, SOURCE, "Singapore", "Dr Tan Mei", null);
    }

    static CompanionAssignedEvent assigned(String companionId, AssignmentRole role, LocalDate since) {
        return new CompanionAssignedEvent(PROJECT, companionId, role, since, DOMAIN, SOURCE);
    }

    static ProjectIncubationStartedEvent incubationStarted(LocalDate on) {
        return new ProjectIncubationStartedEvent(PROJECT, on, DOMAIN, SOURCE);
    }

    static CompanionReleasedEvent released(String companionId, AssignmentRole role, String reason) {
        return new CompanionReleasedEvent(PROJECT, companionId, role, TODAY, reason, DOMAIN, SOURCE);
    }

    static ProjectWithdrawnEvent withdrawn(ProjectStage previousStage) {
        return new ProjectWithdrawnEvent(PROJECT, previousStage, "the team moved abroad", DOMAIN, SOURCE);
    }

    /** Registered, then accompanied since {@link #INCUBATED_ON}: the first companion as LEAD, the others SUPPORTING. */
    static List<Object> accompaniedBy(String lead, String... supporting) {
        List<Object> events = new ArrayList<>(List.of(registered(), assigned(lead, AssignmentRole.LEAD, INCUBATED_ON),
                incubationStarted(INCUBATED_ON)));
        for (String companionId : supporting) {
            events.add(assigned(companionId, AssignmentRole.SUPPORTING, INCUBATED_ON));
        }
        return events;
    }

    static RecordLandingCommand landing(String landingId, String amountCny, LocalDate signedOn) {
        return new RecordLandingCommand(PROJECT, landingId, " Banan District ", "Western Science City",
                LandingForm.NEW_COMPANY, new BigDecimal(amountCny), signedOn);
    }

    static LandingRecordedEvent landingRecorded(String landingId, String amountCny, LocalDate signedOn,
                                                List<String> credited) {
        return new LandingRecordedEvent(PROJECT, landingId, "Banan District", "Western Science City",
                LandingForm.NEW_COMPANY, new BigDecimal(amountCny), signedOn, credited, DOMAIN, SOURCE);
    }

    static ProjectLandedEvent landed(LocalDate on, List<String> credited) {
        return new ProjectLandedEvent(PROJECT, on, INCUBATED_ON, "Banan District", credited, DOMAIN, SOURCE);
    }

    static Map<String, Object> mentor(String companionId) {
        return Map.of(ACTOR, "mentor1", ACTOR_ROLES, "MENTOR", ACTOR_COMPANION_ID, companionId);
    }

    static Map<String, Object> admin() {
        return Map.of(ACTOR, "admin", ACTOR_ROLES, "ADMIN");
    }
}
