package org.peipao.api.challenge;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.peipao.api.ValidId;

public record MatchChallengeCommand(@TargetAggregateIdentifier @NotNull @ValidId String challengeId,
                                    @NotNull @ValidId String projectId,
                                    @ValidId String companionId) {
}
