package org.peipao.api.companion;

import org.axonframework.serialization.Revision;
import org.peipao.api.IndustryDomain;

import java.util.List;

@Revision("1")
public record CompanionRegisteredEvent(String companionId,
                                       String name,
                                       CompanionKind kind,
                                       String organisation,
                                       List<IndustryDomain> domains,
                                       String email,
                                       int capacity) {
}
