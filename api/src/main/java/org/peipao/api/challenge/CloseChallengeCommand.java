package org.peipao.api.challenge;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseChallengeCommand(@TargetAggregateIdentifier String challengeId, String reason) {
}
