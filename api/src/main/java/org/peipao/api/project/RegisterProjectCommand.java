package org.peipao.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.peipao.api.IndustryDomain;

public record RegisterProjectCommand(@TargetAggregateIdentifier String projectId,
                                     String title,
                                     IndustryDomain domain,
                                     String source,
                                     String origin,
                                     String teamLead,
                                     String summary) {
}
