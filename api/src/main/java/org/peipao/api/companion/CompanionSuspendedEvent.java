package org.peipao.api.companion;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CompanionSuspendedEvent(String companionId, CompanionKind kind, String reason) {
}
