package org.peipao.api.companion;

/** Answers a {@link CompanionView}, or {@code null} when no such companion is known (yet). */
public record FindCompanionQuery(String companionId) {
}
