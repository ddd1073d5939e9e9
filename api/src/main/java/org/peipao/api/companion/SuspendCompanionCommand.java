package org.peipao.api.companion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SuspendCompanionCommand(@TargetAggregateIdentifier String companionId, String reason) {
}
