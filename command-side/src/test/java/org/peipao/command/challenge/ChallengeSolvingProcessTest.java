package org.peipao.command.challenge;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.test.saga.SagaTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peipao.api.IndustryDomain;
import org.peipao.api.MetaDataKeys;
import org.peipao.api.challenge.ChallengeClosedEvent;
import org.peipao.api.challenge.ChallengeMatchedEvent;
import org.peipao.api.challenge.ChallengeSolvedEvent;
import org.peipao.api.challenge.ChallengeStatus;
import org.peipao.api.challenge.MarkChallengeSolvedCommand;
import org.peipao.api.project.MilestoneType;
import org.peipao.api.project.MilestoneVerifiedEvent;

import java.time.LocalDate;
import java.util.List;

class ChallengeSolvingProcessTest {

    private static final String CHALLENGE = "ch-1";
    private static final String PROJECT = "p-1";
    private static final IndustryDomain PROJECT_DOMAIN = IndustryDomain.NEW_MATERIALS;
    private static final LocalDate OCCURRED_ON = LocalDate.of(2025, 11, 2);
    private static final ChallengeMatchedEvent MATCHED =
            new ChallengeMatchedEvent(CHALLENGE, PROJECT, "c-1", "Chongqing Changan Automobile", IndustryDomain.AI);

    private SagaTestFixture<ChallengeSolvingProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ChallengeSolvingProcess.class);
    }

    private static MilestoneVerifiedEvent verified(String projectId, MilestoneType type, String challengeId) {
        return new MilestoneVerifiedEvent(projectId, "m-7", type, OCCURRED_ON, null, challengeId, null, null, null,
                List.of("c-1", "c-2"), PROJECT_DOMAIN, "Xingyu Cup");
    }

    @Test
    void startsWhenTheChallengeIsMatched() {
        fixture.givenNoPriorActivity()
               .whenPublishingA(MATCHED)
               .expectActiveSagas(1)
               .expectAssociationWith("challengeId", CHALLENGE)
               .expectNoDispatchedCommands();
    }

    @Test
    void marksTheChallengeSolvedAsTheSystemWhenItsMilestoneIsVerified() {
        MarkChallengeSolvedCommand expected = new MarkChallengeSolvedCommand(CHALLENGE, PROJECT, "m-7", OCCURRED_ON,
                List.of("c-1", "c-2"), PROJECT_DOMAIN, "Xingyu Cup");
        fixture.givenAPublished(MATCHED)
               .whenPublishingA(verified(PROJECT, MilestoneType.TECH_PROBLEM_SOLVED, CHALLENGE))
               .expectSuccessfulHandlerExecution()
               .expectDispatchedCommandsMatching(exactlyOneSentBySystem(expected))
               .expectActiveSagas(1);
    }

    @Test
    void ignoresAVerifiedMilestoneOfAnotherType() {
        fixture.givenAPublished(MATCHED)
               .whenPublishingA(verified(PROJECT, MilestoneType.AWARD_WON, CHALLENGE))
               .expectNoDispatchedCommands()
               .expectActiveSagas(1);
    }

    @Test
    void ignoresAVerifiedMilestoneOfAnotherProject() {
        fixture.givenAPublished(MATCHED)
               .whenPublishingA(verified("p-2", MilestoneType.TECH_PROBLEM_SOLVED, CHALLENGE))
               .expectNoDispatchedCommands()
               .expectActiveSagas(1);
    }

    @Test
    void aVerifiedMilestoneNamingNoChallengeChangesNothing() {
        fixture.givenAPublished(MATCHED)
               .whenPublishingA(verified(PROJECT, MilestoneType.FINANCING_CLOSED, null))
               .expectSuccessfulHandlerExecution()
               .expectNoDispatchedCommands()
               .expectActiveSagas(1);
    }

    @Test
    void aVerifiedMilestoneOfAnUnmatchedChallengeStartsNothing() {
        fixture.givenNoPriorActivity()
               .whenPublishingA(verified(PROJECT, MilestoneType.TECH_PROBLEM_SOLVED, CHALLENGE))
               .expectNoDispatchedCommands()
               .expectActiveSagas(0);
    }

    @Test
    void endsWhenTheChallengeIsSolved() {
        fixture.givenAPublished(MATCHED)
               .whenPublishingA(new ChallengeSolvedEvent(CHALLENGE, PROJECT, "m-7", OCCURRED_ON,
                       "Chongqing Changan Automobile", "Chongqing Changan Automobile", IndustryDomain.AI,
                       List.of("c-1"), PROJECT_DOMAIN, "Xingyu Cup"))
               .expectActiveSagas(0);
    }

    @Test
    void endsWhenTheChallengeIsClosed() {
        fixture.givenAPublished(MATCHED)
               .whenPublishingA(new ChallengeClosedEvent(CHALLENGE, ChallengeStatus.MATCHED, "gone", IndustryDomain.AI))
               .expectActiveSagas(0);
    }

    private static Matcher<List<CommandMessage<?>>> exactlyOneSentBySystem(MarkChallengeSolvedCommand expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<CommandMessage<?>> commands) {
                return commands.size() == 1
                        && expected.equals(commands.get(0).getPayload())
                        && MetaDataKeys.SYSTEM.equals(commands.get(0).getMetaData().get(MetaDataKeys.ACTOR));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("exactly ").appendValue(expected).appendText(" with metadata actor=system");
            }
        };
    }
}
