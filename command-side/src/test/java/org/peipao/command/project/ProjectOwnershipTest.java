package org.peipao.command.project;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peipao.api.project.AssignmentRole;
import org.peipao.api.project.VerifyMilestoneCommand;
import org.peipao.command.support.FakeLookups;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.peipao.api.MetaDataKeys.ACTOR;
import static org.peipao.api.MetaDataKeys.ACTOR_COMPANION_ID;
import static org.peipao.api.MetaDataKeys.ACTOR_ROLES;
import static org.peipao.api.project.MilestoneType.PATENT_GRANTED;
import static org.peipao.command.project.MilestoneSpec.milestone;
import static org.peipao.command.project.ProjectTestData.PROJECT;
import static org.peipao.command.project.ProjectTestData.accompaniedBy;
import static org.peipao.command.project.ProjectTestData.admin;
import static org.peipao.command.project.ProjectTestData.fixtureWith;
import static org.peipao.command.project.ProjectTestData.landed;
import static org.peipao.command.project.ProjectTestData.landing;
import static org.peipao.command.project.ProjectTestData.landingRecorded;
import static org.peipao.command.project.ProjectTestData.mentor;
import static org.peipao.command.project.ProjectTestData.registered;
import static org.peipao.command.project.ProjectTestData.released;
import static org.peipao.command.support.Violations.violationOf;

/** A mentor logs milestones and landings only on the projects their companion accompanies; an administrator on any. */
class ProjectOwnershipTest {

    private static final MilestoneSpec PATENT = milestone("m-1", PATENT_GRANTED);
    private static final LocalDate SIGNED_ON = LocalDate.of(2025, 9, 30);

    private FixtureConfiguration<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureWith(new FakeLookups());
    }

    @Test
    void aMentorLogsOnAProjectTheyAccompany() {
        fixture.given(accompaniedBy("c-2", "c-1"))
               .when(PATENT.log(), mentor("c-1"))
               .expectEvents(PATENT.logged("c-1"))
               .expectResultMessagePayload(4L);
    }

    @Test
    void aReleasedMentorCannotLog() {
        fixture.given(accompaniedBy("c-2", "c-1"))
               .andGiven(released("c-1", AssignmentRole.SUPPORTING, null))
               .when(PATENT.log(), mentor("c-1"))
               .expectNoEvents()
               .expectException(violationOf("mentor-not-assigned"));
    }

    @Test
    void aMentorNeverAssignedCannotLog() {
        fixture.given(registered())
               .when(PATENT.log(), mentor("c-1"))
               .expectNoEvents()
               .expectException(violationOf("mentor-not-assigned"));
    }

    @Test
    void aMentorCannotLogOnAnotherCompanionsProject() {
        fixture.given(accompaniedBy("c-2"))
               .when(PATENT.log(), mentor("c-1"))
               .expectNoEvents()
               .expectException(violationOf("mentor-not-assigned"));
    }

    @Test
    void aMentorWithoutACompanionCannotLog() {
        fixture.given(accompaniedBy("c-1"))
               .when(PATENT.log(), Map.of(ACTOR, "mentor1", ACTOR_ROLES, "MENTOR"))
               .expectException(violationOf("mentor-not-assigned"));
    }

    @Test
    void anAdministratorMayAlwaysLog() {
        fixture.given(registered())
               .when(PATENT.log(), admin())
               .expectEvents(PATENT.logged(null))
               .expectResultMessagePayload(1L);
    }

    @Test
    void aMentorWhoIsAlsoAnAdministratorLogsAsAnAdministrator() {
        fixture.given(registered())
               .when(PATENT.log(), Map.of(ACTOR, "li", ACTOR_ROLES, "MENTOR, ADMIN", ACTOR_COMPANION_ID, "c-1"))
               .expectEvents(PATENT.logged(null));
    }

    @Test
    void verifyingAMentorsMilestoneCreditsThatMentorOnly() {
        fixture.given(accompaniedBy("c-2", "c-1"))
               .andGiven(PATENT.logged("c-1"))
               .when(new VerifyMilestoneCommand(PROJECT, "m-1", null), admin())
               .expectEvents(PATENT.verified(null, List.of("c-1")));
    }

    @Test
    void aMentorRecordsALandingOnAProjectTheyAccompany() {
        fixture.given(accompaniedBy("c-1"))
               .when(landing("l-1", "1000", SIGNED_ON), mentor("c-1"))
               .expectEvents(landingRecorded("l-1", "1000.00", SIGNED_ON, List.of("c-1")),
                       landed(SIGNED_ON, List.of("c-1")));
    }

    @Test
    void aReleasedMentorCannotRecordALanding() {
        fixture.given(accompaniedBy("c-2", "c-1"))
               .andGiven(released("c-1", AssignmentRole.SUPPORTING, null))
               .when(landing("l-1", "1000", SIGNED_ON), mentor("c-1"))
               .expectNoEvents()
               .expectException(violationOf("mentor-not-assigned"));
    }

    @Test
    void aMentorNeverAssignedCannotRecordALanding() {
        fixture.given(registered())
               .when(landing("l-1", "1000", SIGNED_ON), mentor("c-1"))
               .expectException(violationOf("mentor-not-assigned"));
    }

    @Test
    void aMentorCannotRecordALandingOnAnotherCompanionsProject() {
        fixture.given(accompaniedBy("c-2"))
               .when(landing("l-1", "1000", SIGNED_ON), mentor("c-1"))
               .expectNoEvents()
               .expectException(violationOf("mentor-not-assigned"));
    }
}
