package org.peipao.api.companion;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.peipao.api.ValidId;
import org.peipao.api.text.Text;
import org.peipao.api.text.TextLimits;

public record AwardHonourCommand(@TargetAggregateIdentifier @NotNull @ValidId String companionId,
                                 @Text(max = TextLimits.NAME) String title,
                                 @NotNull @Min(1949) @Max(2999) Integer year) {
}
