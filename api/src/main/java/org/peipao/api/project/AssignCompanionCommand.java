package org.peipao.api.project;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.peipao.api.ValidId;

import java.time.LocalDate;

/** {@code since} is optional: today (by the command side's clock) when absent. */
public record AssignCompanionCommand(@TargetAggregateIdentifier @NotNull @ValidId String projectId,
                                     @NotNull @ValidId String companionId,
                                     @NotNull AssignmentRole role,
                                     LocalDate since) {
}
