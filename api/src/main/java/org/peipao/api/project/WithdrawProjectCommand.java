package org.peipao.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawProjectCommand(@TargetAggregateIdentifier String projectId, String reason) {
}
