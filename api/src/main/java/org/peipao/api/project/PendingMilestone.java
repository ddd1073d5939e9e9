package org.peipao.api.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A milestone waiting for verification, with what an administrator needs to decide: its project, its type-specific
 * facts and evidence, who logged it and when (UTC).
 */
public record PendingMilestone(String projectId,
                               String projectTitle,
                               String milestoneId,
                               MilestoneType type,
                               MilestoneStatus status,
                               LocalDate occurredOn,
                               String summary,
                               String evidenceUrl,
                               BigDecimal amountCny,
                               String challengeId,
                               ClinicalPhase phase,
                               Integer count,
                               String loggedByCompanionId,
                               Instant loggedAt) {
}
