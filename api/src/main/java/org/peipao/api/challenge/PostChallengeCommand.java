package org.peipao.api.challenge;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.peipao.api.IndustryDomain;
import org.peipao.api.ValidId;
import org.peipao.api.text.CreditCode;
import org.peipao.api.text.Label;
import org.peipao.api.text.Text;
import org.peipao.api.text.TextLimits;

public record PostChallengeCommand(@TargetAggregateIdentifier @NotNull @ValidId String challengeId,
                                   @Label String enterprise,
                                   @CreditCode String enterpriseCode,
                                   @NotNull IndustryDomain domain,
                                   @Text(max = TextLimits.TITLE) String title,
                                   @Text(max = TextLimits.DESCRIPTION, multiline = true, required = false) String description) {
}
