package org.peipao.api.project;

import org.axonframework.serialization.Revision;
import org.peipao.api.IndustryDomain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code loggedByCompanionId} is the mentor who logged it, or {@code null} when an administrator did. */
@Revision("1")
public record MilestoneLoggedEvent(String projectId,
                                   String milestoneId,
                                   MilestoneType type,
                                   LocalDate occurredOn,
                                   String summary,
                                   String evidenceUrl,
                                   BigDecimal amountCny,
                                   String challengeId,
                                   ClinicalPhase phase,
                                   Integer count,
                                   String loggedByCompanionId,
                                   IndustryDomain domain,
                                   String source) {
}
