package org.peipao.api.challenge;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MatchChallengeCommand(@TargetAggregateIdentifier String challengeId, String projectId,
                                    String companionId) {
}
