package org.peipao.api.challenge;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.peipao.api.IndustryDomain;

public record PostChallengeCommand(@TargetAggregateIdentifier String challengeId,
                                   String enterprise,
                                   String enterpriseCode,
                                   IndustryDomain domain,
                                   String title,
                                   String description) {
}
