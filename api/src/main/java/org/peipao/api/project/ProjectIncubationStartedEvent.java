package org.peipao.api.project;

import org.axonframework.serialization.Revision;
import org.peipao.api.IndustryDomain;

import java.time.LocalDate;

/** The first companion was assigned: REGISTERED → INCUBATING. */
@Revision("1")
public record ProjectIncubationStartedEvent(String projectId,
                                            LocalDate startedOn,
                                            IndustryDomain domain,
                                            String source) {
}
