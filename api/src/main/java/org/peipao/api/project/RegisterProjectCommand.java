package org.peipao.api.project;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.peipao.api.IndustryDomain;
import org.peipao.api.ValidId;
import org.peipao.api.text.Label;
import org.peipao.api.text.Text;
import org.peipao.api.text.TextLimits;

public record RegisterProjectCommand(@TargetAggregateIdentifier @NotNull @ValidId String projectId,
                                     @Text(max = TextLimits.TITLE) String title,
                                     @NotNull IndustryDomain domain,
                                     @Label String source,
                                     @Text(max = TextLimits.NAME) String origin,
                                     @Text(max = TextLimits.NAME) String teamLead,
                                     @Text(max = TextLimits.DESCRIPTION, multiline = true, required = false) String summary) {
}
