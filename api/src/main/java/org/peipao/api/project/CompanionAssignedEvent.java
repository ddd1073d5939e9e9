package org.peipao.api.project;

import org.axonframework.serialization.Revision;
import org.peipao.api.IndustryDomain;

import java.time.LocalDate;

/** Project events carry the project's domain and source so that no read model must look them up. */
@Revision("1")
public record CompanionAssignedEvent(String projectId,
                                     String companionId,
                                     AssignmentRole role,
                                     LocalDate since,
                                     IndustryDomain domain,
                                     String source) {
}
