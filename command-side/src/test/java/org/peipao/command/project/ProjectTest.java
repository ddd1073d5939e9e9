package org.peipao.command.project;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peipao.api.challenge.ChallengeStatus;
import org.peipao.api.companion.CompanionStatus;
import org.peipao.api.project.AssignmentRole;
import org.peipao.api.project.ProjectStage;
import org.peipao.api.project.RegisterProjectCommand;
import org.peipao.api.project.WithdrawProjectCommand;
import org.peipao.command.support.FakeLookups;

import java.util.List;

import static org.peipao.command.project.ProjectTestData.DOMAIN;
import static org.peipao.command.project.ProjectTestData.PROJECT;
import static org.peipao.command.project.ProjectTestData.SOURCE;
import static org.peipao.command.project.ProjectTestData.TITLE;
import static org.peipao.command.project.ProjectTestData.TODAY;
import static org.peipao.command.project.ProjectTestData.accompaniedBy;
import static org.peipao.command.project.ProjectTestData.fixtureWith;
import static org.peipao.command.project.ProjectTestData.landed;
import static org.peipao.command.project.ProjectTestData.landingRecorded;
import static org.peipao.command.project.ProjectTestData.register;
import static org.peipao.command.project.ProjectTestData.registered;
import static org.peipao.command.project.ProjectTestData.released;
import static org.peipao.command.project.ProjectTestData.withdrawn;
import static org.peipao.command.support.Validations.invalid;
import static org.peipao.command.support.Violations.violationOf;

/** A project's registration and withdrawal; assignments, milestones and landings have their own tests. */
class ProjectTest {

    private static final String REASON = "the team moved abroad";

    private FakeLookups lookups;
    private FixtureConfiguration<Project> fixture;

    @BeforeEach
    void setUp() {
        lookups = new FakeLookups();
        fixture = fixtureWith(lookups);
    }

    @Test
    void registersAProjectWithTrimmedTexts() {
        fixture.givenNoPriorActivity()
               .when(new RegisterProjectCommand(PROJECT, "  " + TITLE + " ", DOMAIN, " " + SOURCE, "Singapore ",
                       "Dr Tan Mei", " "))
               .expectSuccessfulHandlerExecution()
               .expectEvents(registered())
               .expectResultMessagePayload(0L);
    }

    @Test
    void repeatingTheSameRegistrationStoresNothing() {
        fixture.given(registered())
               .when(register(TITLE))
               .expectNoEvents()
               .expectResultMessagePayload(0L);
    }

    @Test
    void cannotReuseAnIdForAnotherProject() {
        fixture.given(registered())
               .when(register("Solid-state battery separator"))
               .expectNoEvents()
               .expectException(violationOf("id-already-used"));
    }

    @Test
    void cannotTakeAnIdThatACompanionUses() {
        lookups.companion(PROJECT, CompanionStatus.ACTIVE, 8, 0);
        fixture.givenNoPriorActivity()
               .when(register(TITLE))
               .expectNoEvents()
               .expectException(violationOf("id-already-used"));
    }

    @Test
    void cannotTakeAnIdThatAChallengeUses() {
        lookups.challenge(PROJECT, ChallengeStatus.POSTED, null);
        fixture.givenNoPriorActivity()
               .when(register(TITLE))
               .expectNoEvents()
               .expectException(violationOf("id-already-used"));
    }

    @Test
    void cannotRegisterWithoutATitle() {
        fixture.givenNoPriorActivity().when(register("  ")).expectException(invalid("title"));
    }

    @Test
    void registersWithATitleOf300Characters() {
        fixture.givenNoPriorActivity().when(register("x".repeat(300))).expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotRegisterWithATitleOver300Characters() {
        fixture.givenNoPriorActivity().when(register("x".repeat(301))).expectException(invalid("title"));
    }

    @Test
    void cannotRegisterWithoutADomain() {
        fixture.givenNoPriorActivity()
               .when(new RegisterProjectCommand(PROJECT, TITLE, null, SOURCE, "Singapore", "Dr Tan Mei", null))
               .expectException(invalid("domain"));
    }

    @Test
    void cannotRegisterWithoutASource() {
        fixture.givenNoPriorActivity()
               .when(new RegisterProjectCommand(PROJECT, TITLE, DOMAIN, null, "Singapore", "Dr Tan Mei", null))
               .expectException(invalid("source"));
    }

    @Test
    void withdrawsARegisteredProject() {
        fixture.given(registered())
               .when(new WithdrawProjectCommand(PROJECT, " " + REASON + " "))
               .expectEvents(withdrawn(ProjectStage.REGISTERED))
               .expectResultMessagePayload(1L);
    }

    @Test
    void withdrawalReleasesEveryActiveCompanion() {
        fixture.given(accompaniedBy("c-1", "c-2"))
               .when(new WithdrawProjectCommand(PROJECT, REASON))
               .expectEvents(withdrawn(ProjectStage.INCUBATING),
                       released("c-1", AssignmentRole.LEAD, "project withdrawn"),
                       released("c-2", AssignmentRole.SUPPORTING, "project withdrawn"))
               .expectResultMessagePayload(6L);
    }

    @Test
    void withdrawalDoesNotReleaseACompanionAgain() {
        fixture.given(accompaniedBy("c-1", "c-2"))
               .andGiven(released("c-1", AssignmentRole.LEAD, "finished"))
               .when(new WithdrawProjectCommand(PROJECT, REASON))
               .expectEvents(withdrawn(ProjectStage.INCUBATING),
                       released("c-2", AssignmentRole.SUPPORTING, "project withdrawn"));
    }

    @Test
    void cannotWithdrawALandedProject() {
        fixture.given(accompaniedBy("c-1"))
               .andGiven(landingRecorded("l-1", "0.00", TODAY, List.of("c-1")), landed(TODAY, List.of("c-1")))
               .when(new WithdrawProjectCommand(PROJECT, REASON))
               .expectNoEvents()
               .expectException(violationOf("project-not-withdrawable"));
    }

    @Test
    void cannotWithdrawTwice() {
        fixture.given(registered(), withdrawn(ProjectStage.REGISTERED))
               .when(new WithdrawProjectCommand(PROJECT, REASON))
               .expectException(violationOf("project-not-withdrawable"));
    }

    @Test
    void cannotWithdrawWithoutAReason() {
        fixture.given(registered())
               .when(new WithdrawProjectCommand(PROJECT, " "))
               .expectNoEvents()
               .expectException(invalid("reason"));
    }
}
