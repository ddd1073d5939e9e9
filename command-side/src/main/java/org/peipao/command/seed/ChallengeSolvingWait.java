package org.peipao.command.seed;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.peipao.api.challenge.ChallengeSolvedEvent;
import org.peipao.api.project.LogMilestoneCommand;
import org.peipao.api.project.MilestoneType;
import org.peipao.api.project.VerifyMilestoneCommand;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Follows the challenge-solving process during a load: once a seed command verifies a TECH_PROBLEM_SOLVED
 * milestone, the load waits until the process has marked the challenge solved. The process's command then
 * never commits while a seed command does: the log holds the same events in the same order every run, and
 * read models that follow it by global position see no event arrive after a later one.
 */
final class ChallengeSolvingWait {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final EventStore events;
    private final Map<String, String> challengeOfMilestone = new HashMap<>();
    private long waitedNanos;

    ChallengeSolvingWait(EventStore events) {
        this.events = events;
    }

    /** Called for every command of the load, once it is handled. */
    void handled(Object command) {
        if (command instanceof LogMilestoneCommand log && log.type() == MilestoneType.TECH_PROBLEM_SOLVED) {
            challengeOfMilestone.put(log.milestoneId(), log.challengeId());
        } else if (command instanceof VerifyMilestoneCommand verify
                && challengeOfMilestone.containsKey(verify.milestoneId())) {
            awaitSolved(challengeOfMilestone.get(verify.milestoneId()), verify.milestoneId());
        }
    }

    /** How long the load has waited for the process so far. */
    Duration waited() {
        return Duration.ofNanos(waitedNanos);
    }

    private void awaitSolved(String challengeId, String milestoneId) {
        long started = System.nanoTime();
        long deadline = started + PATIENCE.toNanos();
        long pause = 1;
        while (!solved(challengeId, milestoneId)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the challenge-solving process did not mark challenge " + challengeId
                        + " solved by milestone " + milestoneId + " within " + PATIENCE.toSeconds() + " s");
            }
            sleep(pause);
            pause = Math.min(50, pause * 2);
        }
        waitedNanos += System.nanoTime() - started;
    }

    private boolean solved(String challengeId, String milestoneId) {
        return events.readEvents(challengeId, 0).asStream().map(event -> event.getPayload())
                .anyMatch(payload -> payload instanceof ChallengeSolvedEvent solved
                        && solved.milestoneId().equals(milestoneId));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the challenge-solving process", e);
        }
    }
}
