package org.peipao.audit;

import org.peipao.api.challenge.ChallengeView;
import org.peipao.api.companion.CompanionView;
import org.peipao.api.project.ProjectView;

import java.time.Instant;

/**
 * An aggregate as it stood: {@code type} says which of {@code companion}, {@code project} or {@code challenge}
 * holds the state. A companion's state is its own stream's (its assignments live in the projects' streams).
 */
public record StreamStateView(String aggregateId,
                              String type,
                              Instant asOf,
                              long version,
                              LastEvent lastEvent,
                              CompanionView companion,
                              ProjectView project,
                              ChallengeView challenge) {

    public record LastEvent(String type, long sequence, Instant timestamp) {
    }
}
