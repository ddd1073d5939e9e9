package org.peipao.api.companion;

import org.axonframework.serialization.Revision;

@Revision("1")
public record HonourAwardedEvent(String companionId, CompanionKind kind, String title, int year) {
}
