package org.peipao.command.project;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peipao.api.companion.CompanionStatus;
import org.peipao.api.project.AssignCompanionCommand;
import org.peipao.api.project.AssignmentRole;
import org.peipao.api.project.ProjectStage;
import org.peipao.api.project.ReleaseCompanionCommand;
import org.peipao.command.support.FakeLookups;

import java.time.LocalDate;

import static org.peipao.api.project.AssignmentRole.LEAD;
import static org.peipao.api.project.AssignmentRole.SUPPORTING;
import static org.peipao.command.project.ProjectTestData.PROJECT;
import static org.peipao.command.project.ProjectTestData.TODAY;
import static org.peipao.command.project.ProjectTestData.accompaniedBy;
import static org.peipao.command.project.ProjectTestData.assigned;
import static org.peipao.command.project.ProjectTestData.fixtureWith;
import static org.peipao.command.project.ProjectTestData.incubationStarted;
import static org.peipao.command.project.ProjectTestData.registered;
import static org.peipao.command.project.ProjectTestData.released;
import static org.peipao.command.project.ProjectTestData.withdrawn;
import static org.peipao.command.support.Validations.invalid;
import static org.peipao.command.support.Violations.violationOf;

class ProjectAssignmentTest {

    private FakeLookups lookups;
    private FixtureConfiguration<Project> fixture;

    @BeforeEach
    void setUp() {
        lookups = new FakeLookups()
                .companion("c-1", CompanionStatus.ACTIVE, 8, 1)
                .companion("c-2", CompanionStatus.ACTIVE, 8, 0);
        fixture = fixtureWith(lookups);
    }

    private static AssignCompanionCommand assign(String companionId, AssignmentRole role) {
        return new AssignCompanionCommand(PROJECT, companionId, role, null);
    }

    @Test
    void assignsAnActiveCompanionAndStartsIncubation() {
        fixture.given(registered())
               .when(assign("c-2", LEAD))
               .expectEvents(assigned("c-2", LEAD, TODAY), incubationStarted(TODAY))
               .expectResultMessagePayload(2L);
    }

    @Test
    void aLaterAssignmentKeepsTheIncubationGoing() {
        LocalDate since = LocalDate.of(2025, 10, 1);
        fixture.given(accompaniedBy("c-1"))
               .when(new AssignCompanionCommand(PROJECT, "c-2", SUPPORTING, since))
               .expectEvents(assigned("c-2", SUPPORTING, since))
               .expectResultMessagePayload(3L);
    }

    @Test
    void cannotAssignASuspendedCompanion() {
        lookups.companion("c-3", CompanionStatus.SUSPENDED, 8, 0);
        fixture.given(registered())
               .when(assign("c-3", SUPPORTING))
               .expectNoEvents()
               .expectException(violationOf("companion-not-active"));
    }

    @Test
    void cannotAssignARetiredCompanion() {
        lookups.companion("c-3", CompanionStatus.RETIRED, 8, 0);
        fixture.given(registered())
               .when(assign("c-3", SUPPORTING))
               .expectException(violationOf("companion-not-active"));
    }

    @Test
    void cannotAssignAnUnknownCompanion() {
        fixture.given(registered())
               .when(assign("c-9", SUPPORTING))
               .expectException(violationOf("companion-unknown"));
    }

    @Test
    void cannotAssignBeyondCapacity() {
        lookups.companion("c-3", CompanionStatus.ACTIVE, 2, 2);
        fixture.given(registered())
               .when(assign("c-3", SUPPORTING))
               .expectNoEvents()
               .expectException(violationOf("companion-over-capacity"));
    }

    @Test
    void assignsACompanionWithOnePlaceLeft() {
        lookups.companion("c-3", CompanionStatus.ACTIVE, 2, 1);
        fixture.given(registered())
               .when(assign("c-3", SUPPORTING))
               .expectEvents(assigned("c-3", SUPPORTING, TODAY), incubationStarted(TODAY));
    }

    @Test
    void cannotAssignASecondLead() {
        fixture.given(accompaniedBy("c-1"))
               .when(assign("c-2", LEAD))
               .expectNoEvents()
               .expectException(violationOf("lead-already-assigned"));
    }

    @Test
    void assignsANewLeadOnceTheFormerIsReleased() {
        fixture.given(accompaniedBy("c-1"))
               .andGiven(released("c-1", LEAD, null))
               .when(assign("c-2", LEAD))
               .expectEvents(assigned("c-2", LEAD, TODAY));
    }

    @Test
    void cannotAssignTheSameCompanionTwice() {
        fixture.given(accompaniedBy("c-1"))
               .when(assign("c-1", SUPPORTING))
               .expectNoEvents()
               .expectException(violationOf("companion-already-assigned"));
    }

    @Test
    void cannotAssignWithoutARole() {
        fixture.given(registered())
               .when(assign("c-2", null))
               .expectException(invalid("role"));
    }

    @Test
    void cannotAssignFromTomorrow() {
        fixture.given(registered())
               .when(new AssignCompanionCommand(PROJECT, "c-2", LEAD, TODAY.plusDays(1)))
               .expectException(violationOf("since-in-future"));
    }

    @Test
    void cannotAssignToAWithdrawnProject() {
        fixture.given(registered(), withdrawn(ProjectStage.REGISTERED))
               .when(assign("c-2", LEAD))
               .expectNoEvents()
               .expectException(violationOf("project-withdrawn"));
    }

    @Test
    void releasesAnAssignedCompanion() {
        fixture.given(accompaniedBy("c-1", "c-2"))
               .when(new ReleaseCompanionCommand(PROJECT, "c-2", " moved to another park "))
               .expectEvents(released("c-2", SUPPORTING, "moved to another park"))
               .expectResultMessagePayload(4L);
    }

    @Test
    void releasesOnlyAnAssignedCompanion() {
        fixture.given(accompaniedBy("c-1"))
               .when(new ReleaseCompanionCommand(PROJECT, "c-2", null))
               .expectNoEvents()
               .expectException(violationOf("companion-not-assigned"));
    }

    @Test
    void cannotReleaseACompanionTwice() {
        fixture.given(accompaniedBy("c-1"))
               .andGiven(released("c-1", LEAD, null))
               .when(new ReleaseCompanionCommand(PROJECT, "c-1", null))
               .expectException(violationOf("companion-not-assigned"));
    }
}
