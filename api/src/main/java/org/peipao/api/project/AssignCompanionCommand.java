package org.peipao.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** {@code since} is optional: today (by the command side's clock) when absent. */
public record AssignCompanionCommand(@TargetAggregateIdentifier String projectId,
                                     String companionId,
                                     AssignmentRole role,
                                     LocalDate since) {
}
