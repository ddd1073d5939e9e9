package org.peipao.api.project;

import org.axonframework.serialization.Revision;
import org.peipao.api.IndustryDomain;

@Revision("1")
public record ProjectRegisteredEvent(String projectId,
                                     String title,
                                     IndustryDomain domain,
                                     String source,
                                     String origin,
                                     String teamLead,
                                     String summary) {
}
