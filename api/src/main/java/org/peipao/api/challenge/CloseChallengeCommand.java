package org.peipao.api.challenge;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.peipao.api.ValidId;
import org.peipao.api.text.Text;
import org.peipao.api.text.TextLimits;

public record CloseChallengeCommand(@TargetAggregateIdentifier @NotNull @ValidId String challengeId,
                                    @Text(max = TextLimits.REASON, multiline = true) String reason) {
}
