package org.peipao.api.companion;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.peipao.api.ValidId;

public record ReinstateCompanionCommand(@TargetAggregateIdentifier @NotNull @ValidId String companionId) {
}
