package org.peipao.api.project;

import org.axonframework.serialization.Revision;
import org.peipao.api.IndustryDomain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Self-contained: carries the milestone's facts and the companions it is credited to. */
@Revision("1")
public record MilestoneVerifiedEvent(String projectId,
                                     String milestoneId,
                                     MilestoneType type,
                                     LocalDate occurredOn,
                                     BigDecimal amountCny,
                                     String challengeId,
                                     ClinicalPhase phase,
                                     Integer count,
                                     String note,
                                     List<String> creditedCompanionIds,
                                     IndustryDomain domain,
                                     String source) {
}
