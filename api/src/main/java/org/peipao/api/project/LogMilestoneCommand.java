package org.peipao.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The type decides which of the optional fields are required (see the API contract). */
public record LogMilestoneCommand(@TargetAggregateIdentifier String projectId,
                                  String milestoneId,
                                  MilestoneType type,
                                  LocalDate occurredOn,
                                  String summary,
                                  String evidenceUrl,
                                  BigDecimal amountCny,
                                  String challengeId,
                                  ClinicalPhase phase,
                                  Integer count) {
}
