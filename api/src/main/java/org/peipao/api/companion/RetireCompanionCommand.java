package org.peipao.api.companion;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.peipao.api.ValidId;
import org.peipao.api.text.Text;
import org.peipao.api.text.TextLimits;

public record RetireCompanionCommand(@TargetAggregateIdentifier @NotNull @ValidId String companionId,
        @Text(max = TextLimits.REASON, multiline = true) String reason) {
}
