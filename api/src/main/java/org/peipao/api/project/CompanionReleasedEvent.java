package org.peipao.api.project;

import org.axonframework.serialization.Revision;
import org.peipao.api.IndustryDomain;

import java.time.LocalDate;

@Revision("1")
public record CompanionReleasedEvent(String projectId,
                                     String companionId,
                                     AssignmentRole role,
                                     LocalDate releasedOn,
                                     String reason,
                                     IndustryDomain domain,
                                     String source) {
}
