package org.peipao.api.companion;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CompanionReinstatedEvent(String companionId, CompanionKind kind) {
}
