package org.peipao.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReleaseCompanionCommand(@TargetAggregateIdentifier String projectId, String companionId, String reason) {
}
