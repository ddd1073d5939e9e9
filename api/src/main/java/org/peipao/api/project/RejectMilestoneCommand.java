package org.peipao.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectMilestoneCommand(@TargetAggregateIdentifier String projectId, String milestoneId, String reason) {
}
