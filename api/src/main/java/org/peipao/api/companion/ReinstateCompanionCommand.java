package org.peipao.api.companion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReinstateCompanionCommand(@TargetAggregateIdentifier String companionId) {
}
