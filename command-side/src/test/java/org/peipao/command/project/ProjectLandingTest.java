package org.peipao.command.project;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peipao.api.project.AssignmentRole;
import org.peipao.api.project.ProjectStage;
import org.peipao.api.project.RecordLandingCommand;
import org.peipao.command.support.FakeLookups;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.peipao.command.project.ProjectTestData.PROJECT;
import static org.peipao.command.project.ProjectTestData.TODAY;
import static org.peipao.command.project.ProjectTestData.accompaniedBy;
import static org.peipao.command.project.ProjectTestData.fixtureWith;
import static org.peipao.command.project.ProjectTestData.landed;
import static org.peipao.command.project.ProjectTestData.landing;
import static org.peipao.command.project.ProjectTestData.landingRecorded;
import static org.peipao.command.project.ProjectTestData.registered;
import static org.peipao.command.project.ProjectTestData.released;
import static org.peipao.command.project.ProjectTestData.withdrawn;
import static org.peipao.command.support.Validations.invalid;
import static org.peipao.command.support.Violations.violationOf;

class ProjectLandingTest {

    private static final LocalDate SIGNED_ON = LocalDate.of(2025, 9, 30);
    private static final List<String> CREDITED = List.of("c-1", "c-2");

    private FixtureConfiguration<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureWith(new FakeLookups());
    }

    @Test
    void theFirstLandingLandsTheProject() {
        fixture.given(accompaniedBy("c-1", "c-2"))
               .when(landing("l-1", "30000000", SIGNED_ON))
               .expectEvents(landingRecorded("l-1", "30000000.00", SIGNED_ON, CREDITED), landed(SIGNED_ON, CREDITED))
               .expectResultMessagePayload(5L);
    }

    @Test
    void aSecondLandingDoesNotLandTheProjectAgain() {
        fixture.given(accompaniedBy("c-1", "c-2"))
               .andGiven(landingRecorded("l-1", "30000000.00", SIGNED_ON, CREDITED), landed(SIGNED_ON, CREDITED))
               .when(landing("l-2", "800000", TODAY))
               .expectEvents(landingRecorded("l-2", "800000.00", TODAY, CREDITED))
               .expectResultMessagePayload(6L);
    }

    @Test
    void repeatingALandingStoresNothingAndAnswersTheFirstAnswer() {
        fixture.given(accompaniedBy("c-1", "c-2"))
               .andGiven(landingRecorded("l-1", "30000000.00", SIGNED_ON, CREDITED), landed(SIGNED_ON, CREDITED))
               .when(landing("l-1", "30000000", SIGNED_ON))
               .expectNoEvents()
               .expectResultMessagePayload(5L);
    }

    @Test
    void repeatingALaterLandingAnswersItsOwnVersion() {
        fixture.given(accompaniedBy("c-1", "c-2"))
               .andGiven(landingRecorded("l-1", "30000000.00", SIGNED_ON, CREDITED), landed(SIGNED_ON, CREDITED),
                       landingRecorded("l-2", "800000.00", TODAY, CREDITED))
               .when(landing("l-2", "800000.00", TODAY))
               .expectNoEvents()
               .expectResultMessagePayload(6L);
    }

    @Test
    void cannotReuseALandingIdForOtherFacts() {
        fixture.given(accompaniedBy("c-1"))
               .andGiven(landingRecorded("l-1", "30000000.00", SIGNED_ON, List.of("c-1")),
                       landed(SIGNED_ON, List.of("c-1")))
               .when(landing("l-1", "31000000", SIGNED_ON))
               .expectNoEvents()
               .expectException(violationOf("id-already-used"));
    }

    @Test
    void needsAnActiveCompanion() {
        fixture.given(registered())
               .when(landing("l-1", "1000", SIGNED_ON))
               .expectNoEvents()
               .expectException(violationOf("landing-requires-active-companion"));
    }

    @Test
    void needsACompanionWhoIsStillAssigned() {
        fixture.given(accompaniedBy("c-1"))
               .andGiven(released("c-1", AssignmentRole.LEAD, null))
               .when(landing("l-1", "1000", SIGNED_ON))
               .expectException(violationOf("landing-requires-active-companion"));
    }

    @Test
    void acceptsASignedAmountOfZero() {
        fixture.given(accompaniedBy("c-1"))
               .when(landing("l-1", "0", SIGNED_ON))
               .expectEvents(landingRecorded("l-1", "0.00", SIGNED_ON, List.of("c-1")),
                       landed(SIGNED_ON, List.of("c-1")));
    }

    @Test
    void cannotRecordANegativeAmount() {
        fixture.given(accompaniedBy("c-1"))
               .when(landing("l-1", "-0.01", SIGNED_ON))
               .expectNoEvents()
               .expectException(invalid("signedAmountCny"));
    }

    @Test
    void cannotRecordASigningDatedTomorrow() {
        fixture.given(accompaniedBy("c-1"))
               .when(landing("l-1", "1000", TODAY.plusDays(1)))
               .expectNoEvents()
               .expectException(violationOf("signed-on-in-future"));
    }

    @Test
    void needsADistrictAndAForm() {
        fixture.given(accompaniedBy("c-1"))
               .when(new RecordLandingCommand(PROJECT, "l-1", " ", null, null, BigDecimal.ONE, SIGNED_ON))
               .expectException(invalid("district"));
        fixture.given(accompaniedBy("c-1"))
               .when(new RecordLandingCommand(PROJECT, "l-1", "Banan", null, null, BigDecimal.ONE, SIGNED_ON))
               .expectException(invalid("form"));
    }

    @Test
    void cannotRecordALandingOnAWithdrawnProject() {
        fixture.given(accompaniedBy("c-1"))
               .andGiven(withdrawn(ProjectStage.INCUBATING), released("c-1", AssignmentRole.LEAD, "project withdrawn"))
               .when(landing("l-1", "1000", SIGNED_ON))
               .expectNoEvents()
               .expectException(violationOf("project-withdrawn"));
    }
}
