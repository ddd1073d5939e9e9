package org.peipao.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record VerifyMilestoneCommand(@TargetAggregateIdentifier String projectId, String milestoneId, String note) {
}
