package org.peipao.api.companion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RetireCompanionCommand(@TargetAggregateIdentifier String companionId, String reason) {
}
