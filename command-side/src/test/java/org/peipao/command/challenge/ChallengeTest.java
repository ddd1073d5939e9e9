package org.peipao.command.challenge;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.peipao.command.support.Validations;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peipao.api.IndustryDomain;
import org.peipao.api.challenge.ChallengeClosedEvent;
import org.peipao.api.challenge.ChallengeMatchedEvent;
import org.peipao.api.challenge.ChallengePostedEvent;
import org.peipao.api.challenge.ChallengeSolvedEvent;
import org.peipao.api.challenge.ChallengeStatus;
import org.peipao.api.challenge.CloseChallengeCommand;
import org.peipao.api.challenge.MarkChallengeSolvedCommand;
import org.peipao.api.challenge.MatchChallengeCommand;
import org.peipao.api.challenge.PostChallengeCommand;
import org.peipao.api.companion.CompanionStatus;
import org.peipao.api.project.ProjectStage;
import org.peipao.command.support.FakeLookups;

import java.time.LocalDate;
import java.util.List;

import static org.peipao.command.support.Validations.invalid;
import static org.peipao.command.support.Violations.violationOf;

class ChallengeTest {

    private static final String ID = "ch-1";
    private static final String ENTERPRISE = "Chongqing Changan Automobile";
    private static final String CODE = "91500000202866131J";
    private static final IndustryDomain DOMAIN = IndustryDomain.INTELLIGENT_CONNECTED_NEV;
    private static final String TITLE = "Battery pack thermal runaway warning";
    private static final String PROJECT = "p-1";
    private static final LocalDate SOLVED_ON = LocalDate.of(2025, 11, 2);

    private FakeLookups lookups;
    private FixtureConfiguration<Challenge> fixture;

    @BeforeEach
    void setUp() {
        lookups = new FakeLookups()
                .project(PROJECT, ProjectStage.INCUBATING)
                .companion("c-1", CompanionStatus.ACTIVE, 8, 1);
        fixture = Validations.validating(new AggregateTestFixture<>(Challenge.class));
        fixture.registerInjectableResource(lookups);
    }

    private static PostChallengeCommand post(String title) {
        return new PostChallengeCommand(ID, " " + ENTERPRISE + " ", CODE, DOMAIN, title, null);
    }

    private static ChallengePostedEvent posted(String enterpriseCode) {
        return new ChallengePostedEvent(ID, ENTERPRISE, enterpriseCode, DOMAIN, TITLE, null);
    }

    private static ChallengeMatchedEvent matched() {
        return new ChallengeMatchedEvent(ID, PROJECT, "c-1", ENTERPRISE, DOMAIN);
    }

    private static MarkChallengeSolvedCommand markSolved(String projectId, String milestoneId) {
        return new MarkChallengeSolvedCommand(ID, projectId, milestoneId, SOLVED_ON, List.of("c-1"),
                IndustryDomain.NEW_MATERIALS, "Xingyu Cup");
    }

    private static ChallengeSolvedEvent solved(String enterpriseKey) {
        return new ChallengeSolvedEvent(ID, PROJECT, "m-7", SOLVED_ON, ENTERPRISE, enterpriseKey, DOMAIN,
                List.of("c-1"), IndustryDomain.NEW_MATERIALS, "Xingyu Cup");
    }

    @Test
    void postsAChallenge() {
        fixture.givenNoPriorActivity()
               .when(post(TITLE))
               .expectEvents(posted(CODE))
               .expectResultMessagePayload(0L);
    }

    @Test
    void repeatingTheSamePostingStoresNothing() {
        fixture.given(posted(CODE))
               .when(post(" " + TITLE))
               .expectNoEvents()
               .expectResultMessagePayload(0L);
    }

    @Test
    void cannotReuseAnIdForAnotherChallenge() {
        fixture.given(posted(CODE))
               .when(post("Lidar calibration drift"))
               .expectNoEvents()
               .expectException(violationOf("id-already-used"));
    }

    @Test
    void cannotTakeAnIdThatAProjectUses() {
        lookups.project(ID, ProjectStage.REGISTERED);
        fixture.givenNoPriorActivity()
               .when(post(TITLE))
               .expectNoEvents()
               .expectException(violationOf("id-already-used"));
    }

    @Test
    void cannotPostWithoutAnEnterpriseADomainOrATitle() {
        fixture.givenNoPriorActivity().when(new PostChallengeCommand(ID, " ", null, DOMAIN, TITLE, null))
               .expectException(invalid("enterprise"));
        fixture.givenNoPriorActivity().when(new PostChallengeCommand(ID, ENTERPRISE, null, null, TITLE, null))
               .expectException(invalid("domain"));
        fixture.givenNoPriorActivity().when(new PostChallengeCommand(ID, ENTERPRISE, null, DOMAIN, null, null))
               .expectException(invalid("title"));
    }

    @Test
    void matchesAPostedChallengeToAnOpenProject() {
        fixture.given(posted(CODE))
               .when(new MatchChallengeCommand(ID, PROJECT, "c-1"))
               .expectEvents(matched())
               .expectResultMessagePayload(1L);
    }

    @Test
    void matchesWithoutACompanion() {
        fixture.given(posted(CODE))
               .when(new MatchChallengeCommand(ID, PROJECT, null))
               .expectEvents(new ChallengeMatchedEvent(ID, PROJECT, null, ENTERPRISE, DOMAIN));
    }

    @Test
    void cannotMatchToAnUnknownProject() {
        fixture.given(posted(CODE))
               .when(new MatchChallengeCommand(ID, "p-9", null))
               .expectNoEvents()
               .expectException(violationOf("project-unknown"));
    }

    @Test
    void cannotMatchToAWithdrawnProject() {
        lookups.project("p-2", ProjectStage.WITHDRAWN);
        fixture.given(posted(CODE))
               .when(new MatchChallengeCommand(ID, "p-2", null))
               .expectNoEvents()
               .expectException(violationOf("project-withdrawn"));
    }

    @Test
    void cannotMatchWithAnUnknownCompanion() {
        fixture.given(posted(CODE))
               .when(new MatchChallengeCommand(ID, PROJECT, "c-9"))
               .expectException(violationOf("companion-unknown"));
    }

    @Test
    void matchesOnlyAPostedChallenge() {
        fixture.given(posted(CODE), matched())
               .when(new MatchChallengeCommand(ID, PROJECT, null))
               .expectException(violationOf("challenge-not-posted"));
        fixture.given(posted(CODE), new ChallengeClosedEvent(ID, ChallengeStatus.POSTED, "withdrawn", DOMAIN))
               .when(new MatchChallengeCommand(ID, PROJECT, null))
               .expectException(violationOf("challenge-not-posted"));
    }

    @Test
    void closesAPostedChallenge() {
        fixture.given(posted(CODE))
               .when(new CloseChallengeCommand(ID, " solved in-house "))
               .expectEvents(new ChallengeClosedEvent(ID, ChallengeStatus.POSTED, "solved in-house", DOMAIN))
               .expectResultMessagePayload(1L);
    }

    @Test
    void closesAMatchedChallenge() {
        fixture.given(posted(CODE), matched())
               .when(new CloseChallengeCommand(ID, "enterprise lost interest"))
               .expectEvents(new ChallengeClosedEvent(ID, ChallengeStatus.MATCHED, "enterprise lost interest", DOMAIN));
    }

    @Test
    void cannotCloseWithoutAReason() {
        fixture.given(posted(CODE))
               .when(new CloseChallengeCommand(ID, null))
               .expectException(invalid("reason"));
    }

    @Test
    void cannotCloseASolvedChallenge() {
        fixture.given(posted(CODE), matched(), solved(CODE))
               .when(new CloseChallengeCommand(ID, "late"))
               .expectException(violationOf("challenge-not-open"));
    }

    @Test
    void cannotCloseAClosedChallenge() {
        fixture.given(posted(CODE), new ChallengeClosedEvent(ID, ChallengeStatus.POSTED, "duplicate", DOMAIN))
               .when(new CloseChallengeCommand(ID, "again"))
               .expectException(violationOf("challenge-not-open"));
    }

    @Test
    void marksAMatchedChallengeSolvedKeyedByTheEnterpriseCode() {
        fixture.given(posted(CODE), matched())
               .when(markSolved(PROJECT, "m-7"))
               .expectEvents(solved(CODE))
               .expectResultMessagePayload(2L);
    }

    @Test
    void keysAnEnterpriseWithoutACodeByItsName() {
        fixture.given(posted(null), matched())
               .when(markSolved(PROJECT, "m-7"))
               .expectEvents(solved(ENTERPRISE));
    }

    @Test
    void aMilestoneOfAnotherProjectSolvesNothing() {
        fixture.given(posted(CODE), matched())
               .when(markSolved("p-2", "m-7"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aPostedOrClosedChallengeIsNotMarkedSolved() {
        fixture.given(posted(CODE))
               .when(markSolved(PROJECT, "m-7"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
        fixture.given(posted(CODE), matched(), new ChallengeClosedEvent(ID, ChallengeStatus.MATCHED, "gone", DOMAIN))
               .when(markSolved(PROJECT, "m-7"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents()
               .expectResultMessagePayload(2L);
    }

    @Test
    void markingSolvedAgainByTheSameMilestoneChangesNothing() {
        fixture.given(posted(CODE), matched(), solved(CODE))
               .when(markSolved(PROJECT, "m-7"))
               .expectNoEvents()
               .expectResultMessagePayload(2L);
    }

    @Test
    void aSolvedChallengeStaysSolvedByItsFirstMilestone() {
        fixture.given(posted(CODE), matched(), solved(CODE))
               .when(markSolved(PROJECT, "m-8"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    private static java.util.Map<String, Object> mentor(String companionId) {
        return java.util.Map.of(org.peipao.api.MetaDataKeys.ACTOR, "mentor1",
                org.peipao.api.MetaDataKeys.ACTOR_ROLES, "MENTOR",
                org.peipao.api.MetaDataKeys.ACTOR_COMPANION_ID, companionId);
    }

    @Test
    void aMentorMatchesAChallengeToAProjectTheyAccompanyForThemselves() {
        lookups.assignment(PROJECT, "c-1");
        fixture.given(posted(CODE))
               .when(new MatchChallengeCommand(ID, PROJECT, null), mentor("c-1"))
               .expectEvents(matched());
    }

    @Test
    void aMentorCannotMatchToAProjectTheyDoNotAccompany() {
        lookups.assignment(PROJECT, "c-2");
        fixture.given(posted(CODE))
               .when(new MatchChallengeCommand(ID, PROJECT, null), mentor("c-1"))
               .expectNoEvents()
               .expectException(violationOf("mentor-not-assigned"));
    }

    @Test
    void aMentorCannotMatchOnBehalfOfAnotherCompanion() {
        lookups.assignment(PROJECT, "c-1").companion("c-2", CompanionStatus.ACTIVE, 8, 0);
        fixture.given(posted(CODE))
               .when(new MatchChallengeCommand(ID, PROJECT, "c-2"), mentor("c-1"))
               .expectNoEvents()
               .expectException(violationOf("mentor-not-assigned"));
    }
}
