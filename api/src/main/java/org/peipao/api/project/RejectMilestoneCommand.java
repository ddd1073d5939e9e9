package org.peipao.api.project;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.peipao.api.ValidId;
import org.peipao.api.text.Text;
import org.peipao.api.text.TextLimits;

public record RejectMilestoneCommand(@TargetAggregateIdentifier @NotNull @ValidId String projectId,
                                     @NotNull @ValidId String milestoneId,
                                     @Text(max = TextLimits.REASON, multiline = true) String reason) {
}
