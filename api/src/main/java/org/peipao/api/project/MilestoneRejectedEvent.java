package org.peipao.api.project;

import org.axonframework.serialization.Revision;
import org.peipao.api.IndustryDomain;

import java.time.LocalDate;

@Revision("1")
public record MilestoneRejectedEvent(String projectId,
                                     String milestoneId,
                                     MilestoneType type,
                                     LocalDate occurredOn,
                                     String reason,
                                     IndustryDomain domain,
                                     String source) {
}
