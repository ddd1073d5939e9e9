package org.peipao.command.lookup;

import org.peipao.api.challenge.ChallengeStatus;
import org.peipao.api.companion.CompanionStatus;
import org.peipao.api.project.ProjectStage;

import java.util.Optional;

/**
 * What one aggregate may know of others when it decides: the command side's own look-ups, kept in the
 * event store's database by {@link LookupUpdater} in the same transaction as the events they follow.
 */
public interface CommandLookups {

    Optional<CompanionFacts> companion(String companionId);

    Optional<ProjectFacts> project(String projectId);

    Optional<ChallengeFacts> challenge(String challengeId);

    /** Whether the companion accompanies the project now. */
    boolean isAssigned(String projectId, String companionId);

    /** Which kind of aggregate already uses {@code id} (ids are unique across all aggregates). */
    Optional<AggregateKind> aggregateKind(String id);

    enum AggregateKind { COMPANION, PROJECT, CHALLENGE }

    record CompanionFacts(String companionId, CompanionStatus status, int capacity, int activeAssignments) {
    }

    record ProjectFacts(String projectId, ProjectStage stage) {
    }

    record ChallengeFacts(String challengeId, ChallengeStatus status, String projectId) {
    }
}
