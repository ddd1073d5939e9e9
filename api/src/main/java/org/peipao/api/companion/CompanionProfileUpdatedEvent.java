package org.peipao.api.companion;

import org.axonframework.serialization.Revision;
import org.peipao.api.IndustryDomain;

import java.util.List;

/** Carries the whole profile after the update, and the kind (which never changes) for read models. */
@Revision("1")
public record CompanionProfileUpdatedEvent(String companionId,
                                           CompanionKind kind,
                                           String name,
                                           String organisation,
                                           List<IndustryDomain> domains,
                                           String email,
                                           int capacity) {
}
