package org.peipao.api.companion;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CompanionRetiredEvent(String companionId, CompanionKind kind, CompanionStatus previousStatus,
                                    String reason) {
}
