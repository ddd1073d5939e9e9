package org.peipao.api.audit;

/** Rebuilds every read model into a shadow copy and compares it with the live one. Answers a {@link ReadModelCheck}. */
public record CheckReadModelsQuery() {
}
