package org.peipao.api.project;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.peipao.api.ValidId;
import org.peipao.api.text.Text;
import org.peipao.api.text.TextLimits;

public record VerifyMilestoneCommand(@TargetAggregateIdentifier @NotNull @ValidId String projectId,
                                     @NotNull @ValidId String milestoneId,
                                     @Text(max = TextLimits.NOTE, multiline = true, required = false) String note) {
}
