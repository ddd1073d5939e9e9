package org.peipao.api.project;

import org.axonframework.serialization.Revision;
import org.peipao.api.IndustryDomain;

/** Followed by a {@link CompanionReleasedEvent} for every companion still assigned. */
@Revision("1")
public record ProjectWithdrawnEvent(String projectId,
                                    ProjectStage previousStage,
                                    String reason,
                                    IndustryDomain domain,
                                    String source) {
}
