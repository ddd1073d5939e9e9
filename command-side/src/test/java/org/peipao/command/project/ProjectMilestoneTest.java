package org.peipao.command.project;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peipao.api.challenge.ChallengeStatus;
import org.peipao.api.project.ClinicalPhase;
import org.peipao.api.project.LogMilestoneCommand;
import org.peipao.api.project.ProjectStage;
import org.peipao.api.project.RejectMilestoneCommand;
import org.peipao.api.project.VerifyMilestoneCommand;
import org.peipao.command.shared.UnknownEntity;
import org.peipao.command.support.FakeLookups;

import java.util.List;

import static org.peipao.api.project.MilestoneType.AWARD_WON;
import static org.peipao.api.project.MilestoneType.CLINICAL_PHASE_ENTERED;
import static org.peipao.api.project.MilestoneType.FINANCING_CLOSED;
import static org.peipao.api.project.MilestoneType.JOBS_CREATED;
import static org.peipao.api.project.MilestoneType.LICENSING_DEAL;
import static org.peipao.api.project.MilestoneType.TECH_PROBLEM_SOLVED;
import static org.peipao.command.project.MilestoneSpec.milestone;
import static org.peipao.command.project.ProjectTestData.PROJECT;
import static org.peipao.command.project.ProjectTestData.TODAY;
import static org.peipao.command.project.ProjectTestData.accompaniedBy;
import static org.peipao.command.project.ProjectTestData.fixtureWith;
import static org.peipao.command.project.ProjectTestData.registered;
import static org.peipao.command.project.ProjectTestData.withdrawn;
import static org.peipao.command.support.Validations.invalid;
import static org.peipao.command.support.Violations.violationOf;

/** Logging, verifying and rejecting milestones, as an administrator (the mentor's rule has its own test). */
class ProjectMilestoneTest {

    private static final MilestoneSpec AWARD = milestone("m-1", AWARD_WON);
    private static final MilestoneSpec SOLVED = milestone("m-2", TECH_PROBLEM_SOLVED).challenge("ch-1");

    private FakeLookups lookups;
    private FixtureConfiguration<Project> fixture;

    @BeforeEach
    void setUp() {
        lookups = new FakeLookups();
        fixture = fixtureWith(lookups);
    }

    @Test
    void logsAMilestoneThatOccurredTodayInChongqing() {
        fixture.given(registered())
               .when(AWARD.on(TODAY).log())
               .expectEvents(AWARD.on(TODAY).logged(null))
               .expectResultMessagePayload(1L);
    }

    @Test
    void cannotLogAMilestoneThatOccursTomorrow() {
        fixture.given(registered())
               .when(AWARD.on(TODAY.plusDays(1)).log())
               .expectNoEvents()
               .expectException(violationOf("occurred-on-in-future"));
    }

    @Test
    void evidenceIsAnHttpOrHttpsLinkOnly() {
        for (String link : List.of("javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd",
                "https://example.org/a b")) {
            fixture.given(registered())
                   .when(new LogMilestoneCommand(PROJECT, "m-9", AWARD_WON, TODAY, "Gold award", link, null, null,
                           null, null))
                   .expectNoEvents()
                   .expectException(invalid("evidenceUrl"));
        }
        for (String link : List.of("https://example.org/award?id=1", "HTTP://example.org/a", " ")) {
            fixture.given(registered())
                   .when(new LogMilestoneCommand(PROJECT, "m-9", AWARD_WON, TODAY, "Gold award", link, null, null,
                           null, null))
                   .expectSuccessfulHandlerExecution();
        }
    }

    @Test
    void financingClosedNeedsAnAmountAboveZero() {
        MilestoneSpec financing = milestone("m-3", FINANCING_CLOSED);
        fixture.given(registered()).when(financing.log()).expectException(invalid("amountCny"));
        fixture.given(registered()).when(financing.amount("0").log()).expectException(invalid("amountCny"));
    }

    @Test
    void logsAFinancingWithItsAmountInFen() {
        MilestoneSpec financing = milestone("m-3", FINANCING_CLOSED);
        fixture.given(registered())
               .when(financing.amount("5000000").log())
               .expectEvents(financing.amount("5000000.00").logged(null));
    }

    @Test
    void cannotLogAnAmountFinerThanAFen() {
        fixture.given(registered())
               .when(milestone("m-3", FINANCING_CLOSED).amount("10.001").log())
               .expectException(invalid("amountCny"));
    }

    @Test
    void licensingDealNeedsAnAmountAboveZero() {
        MilestoneSpec licensing = milestone("m-3", LICENSING_DEAL);
        fixture.given(registered()).when(licensing.amount("-1").log()).expectException(invalid("amountCny"));
        fixture.given(registered()).when(licensing.amount("1.50").log()).expectEvents(licensing.amount("1.50").logged(null));
    }

    @Test
    void techProblemSolvedNeedsAChallenge() {
        fixture.given(registered())
               .when(milestone("m-2", TECH_PROBLEM_SOLVED).challenge(" ").log())
               .expectException(invalid("challengeId"));
    }

    @Test
    void logsATechProblemSolvedNamingAChallengeMatchedHere() {
        lookups.challenge("ch-1", ChallengeStatus.MATCHED, PROJECT);
        fixture.given(registered())
               .when(SOLVED.log())
               .expectEvents(SOLVED.logged(null));
    }

    @Test
    void cannotNameAChallengeMatchedToAnotherProject() {
        lookups.challenge("ch-1", ChallengeStatus.MATCHED, "p-2");
        fixture.given(registered())
               .when(SOLVED.log())
               .expectNoEvents()
               .expectException(violationOf("challenge-not-matched-to-project"));
    }

    @Test
    void cannotNameAnUnmatchedOrUnknownChallenge() {
        lookups.challenge("ch-1", ChallengeStatus.POSTED, null);
        fixture.given(registered()).when(SOLVED.log()).expectException(violationOf("challenge-not-matched-to-project"));
        fixture.given(registered()).when(SOLVED.challenge("ch-9").log())
               .expectException(violationOf("challenge-not-matched-to-project"));
    }

    @Test
    void clinicalPhaseEnteredNeedsAPhase() {
        MilestoneSpec clinical = milestone("m-4", CLINICAL_PHASE_ENTERED);
        fixture.given(registered()).when(clinical.log()).expectException(invalid("phase"));
        fixture.given(registered()).when(clinical.phase(ClinicalPhase.PHASE_I).log())
               .expectEvents(clinical.phase(ClinicalPhase.PHASE_I).logged(null));
    }

    @Test
    void jobsCreatedNeedsACountAboveZero() {
        MilestoneSpec jobs = milestone("m-5", JOBS_CREATED);
        fixture.given(registered()).when(jobs.log()).expectException(invalid("count"));
        fixture.given(registered()).when(jobs.count(0).log()).expectException(invalid("count"));
        fixture.given(registered()).when(jobs.count(120).log()).expectEvents(jobs.count(120).logged(null));
    }

    @Test
    void anAwardDropsTheFieldsOfOtherTypes() {
        fixture.given(registered())
               .when(AWARD.challenge("ch-1").phase(ClinicalPhase.PHASE_II).log())
               .expectEvents(AWARD.logged(null));
    }

    @Test
    void repeatingALoggedMilestoneStoresNothingAndAnswersItsVersion() {
        fixture.given(registered(), AWARD.logged(null), AWARD.verified(null, List.of()))
               .when(AWARD.summary(" Won the gold award ").log())
               .expectNoEvents()
               .expectResultMessagePayload(1L);
    }

    @Test
    void cannotReuseAMilestoneIdForOtherFacts() {
        fixture.given(registered(), AWARD.logged(null))
               .when(AWARD.summary("Won the silver award").log())
               .expectNoEvents()
               .expectException(violationOf("id-already-used"));
    }

    @Test
    void cannotLogOnAWithdrawnProject() {
        fixture.given(registered(), withdrawn(ProjectStage.REGISTERED))
               .when(AWARD.log())
               .expectNoEvents()
               .expectException(violationOf("project-withdrawn"));
    }

    @Test
    void verifyingAnAdministratorsMilestoneCreditsTheActiveCompanions() {
        fixture.given(accompaniedBy("c-1", "c-2"))
               .andGiven(AWARD.logged(null))
               .when(new VerifyMilestoneCommand(PROJECT, "m-1", " certificate seen "))
               .expectEvents(AWARD.verified("certificate seen", List.of("c-1", "c-2")))
               .expectResultMessagePayload(5L);
    }

    @Test
    void cannotVerifyAVerifiedOrRejectedMilestone() {
        fixture.given(registered(), AWARD.logged(null), AWARD.verified(null, List.of()))
               .when(new VerifyMilestoneCommand(PROJECT, "m-1", null))
               .expectException(violationOf("milestone-not-logged"));
        fixture.given(registered(), AWARD.logged(null), AWARD.rejected("no evidence"))
               .when(new VerifyMilestoneCommand(PROJECT, "m-1", null))
               .expectException(violationOf("milestone-not-logged"));
    }

    @Test
    void verifyingATechProblemSolvedMilestoneRechecksTheChallenge() {
        lookups.challenge("ch-1", ChallengeStatus.CLOSED, PROJECT);
        fixture.given(registered(), SOLVED.logged(null))
               .when(new VerifyMilestoneCommand(PROJECT, "m-2", null))
               .expectNoEvents()
               .expectException(violationOf("challenge-not-matched-to-project"));
    }

    @Test
    void verifiesATechProblemSolvedWhileTheChallengeIsMatchedHere() {
        lookups.challenge("ch-1", ChallengeStatus.MATCHED, PROJECT);
        fixture.given(registered(), SOLVED.logged(null))
               .when(new VerifyMilestoneCommand(PROJECT, "m-2", null))
               .expectEvents(SOLVED.verified(null, List.of()));
    }

    @Test
    void cannotVerifyAnUnknownMilestone() {
        fixture.given(registered())
               .when(new VerifyMilestoneCommand(PROJECT, "m-9", null))
               .expectException(UnknownEntity.class);
    }

    @Test
    void rejectsALoggedMilestoneWithAReason() {
        fixture.given(registered(), AWARD.logged(null))
               .when(new RejectMilestoneCommand(PROJECT, "m-1", " no evidence "))
               .expectEvents(AWARD.rejected("no evidence"))
               .expectResultMessagePayload(2L);
    }

    @Test
    void cannotRejectWithoutAReason() {
        fixture.given(registered(), AWARD.logged(null))
               .when(new RejectMilestoneCommand(PROJECT, "m-1", ""))
               .expectException(invalid("reason"));
    }

    @Test
    void cannotRejectAVerifiedMilestone() {
        fixture.given(registered(), AWARD.logged(null), AWARD.verified(null, List.of()))
               .when(new RejectMilestoneCommand(PROJECT, "m-1", "no evidence"))
               .expectException(violationOf("milestone-not-logged"));
    }

    @Test
    void cannotRejectAnUnknownMilestone() {
        fixture.given(registered())
               .when(new RejectMilestoneCommand(PROJECT, "m-9", "no evidence"))
               .expectException(UnknownEntity.class);
    }
}
