package org.peipao.api.project;

import org.axonframework.serialization.Revision;
import org.peipao.api.IndustryDomain;

import java.time.LocalDate;
import java.util.List;

/** The first landing: INCUBATING → LANDED; carries what time-to-landing needs. */
@Revision("1")
public record ProjectLandedEvent(String projectId,
                                 LocalDate landedOn,
                                 LocalDate incubationStartedOn,
                                 String district,
                                 List<String> creditedCompanionIds,
                                 IndustryDomain domain,
                                 String source) {
}
