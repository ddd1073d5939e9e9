package org.peipao.command.challenge;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.peipao.api.MetaDataKeys;
import org.peipao.api.challenge.ChallengeClosedEvent;
import org.peipao.api.challenge.ChallengeMatchedEvent;
import org.peipao.api.challenge.ChallengeSolvedEvent;
import org.peipao.api.challenge.MarkChallengeSolvedCommand;
import org.peipao.api.project.MilestoneType;
import org.peipao.api.project.MilestoneVerifiedEvent;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Marks a matched challenge SOLVED once a TECH_PROBLEM_SOLVED milestone of its project that names it is
 * verified. Lives from the match until the challenge is solved or closed.
 * <p>
 * It waits for its command inside its processor's transaction, so it waits at most {@link #COMMAND_WAIT}: the embedded
 * HSQLDB checkpoints its log every 50 MB (its {@code hsqldb.log_size}), and a checkpoint waits for the open
 * transactions to end while it holds back every new one, the command writer's included. A process waiting for the
 * writer then held the whole store until Axon's 30 s handler time-out, and commands queued behind it failed (seen in
 * the benchmark of 2026-12-01: a 30 s stall and a 500). A command not answered in time still runs (it is queued);
 * the processor's batch fails and Axon retries it a second later, when the command changes nothing any more (a
 * challenge that is no longer MATCHED stays as it is), so the event is handled once it is.
 */
@Saga
@ProcessingGroup(ChallengeSolvingProcess.PROCESSING_GROUP)
public class ChallengeSolvingProcess {

    public static final String PROCESSING_GROUP = "challenge-solving";
    private static final String CHALLENGE_ID = "challengeId";
    /** The longest the process waits for its command (see the class comment); a few hundred times its usual answer. */
    static final Duration COMMAND_WAIT = Duration.ofSeconds(5);

    private String projectId;

    @StartSaga
    @SagaEventHandler(associationProperty = CHALLENGE_ID)
    void on(ChallengeMatchedEvent event) {
        projectId = event.projectId();
    }

    @SagaEventHandler(associationProperty = CHALLENGE_ID)
    void on(MilestoneVerifiedEvent event, CommandGateway commands) {
        if (event.type() != MilestoneType.TECH_PROBLEM_SOLVED || !event.projectId().equals(projectId)) {
            return;
        }
        MarkChallengeSolvedCommand command = new MarkChallengeSolvedCommand(event.challengeId(), event.projectId(),
                event.milestoneId(), event.occurredOn(), event.creditedCompanionIds(), event.domain(),
                event.source());
        // A challenge that moved on meanwhile (closed, or solved by another milestone) stays as it is.
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(MetaData.with(MetaDataKeys.ACTOR, MetaDataKeys.SYSTEM)), COMMAND_WAIT.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = CHALLENGE_ID)
    void on(ChallengeSolvedEvent event) {
        // the process is complete
    }

    @EndSaga
    @SagaEventHandler(associationProperty = CHALLENGE_ID)
    void on(ChallengeClosedEvent event) {
        // nothing more will be solved
    }
}
