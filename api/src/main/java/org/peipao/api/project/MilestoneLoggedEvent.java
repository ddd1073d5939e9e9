package org.peipao.api.project;

import org.axonframework.serialization.Revision;
import org.peipao.api.IndustryDomain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code loggedByCompanionId} is the mentor who logged it, or {@code null} when an administrator did.
 * Revision 2 added {@code currency} (ISO 4217) beside the amount; revision-1 events are upcast with "CNY".
 */
@Revision("2")
public record MilestoneLoggedEvent(String projectId,
                                   String milestoneId,
                                   MilestoneType type,
                                   LocalDate occurredOn,
                                   String summary,
                                   String evidenceUrl,
                                   BigDecimal amountCny,
                                   String currency,
                                   String challengeId,
                                   ClinicalPhase phase,
                                   Integer count,
                                   String loggedByCompanionId,
                                   IndustryDomain domain,
                                   String source) {
}
