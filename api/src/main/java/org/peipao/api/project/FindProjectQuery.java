package org.peipao.api.project;

/** Answers a {@link ProjectView}, or {@code null} when no such project is known (yet). */
public record FindProjectQuery(String projectId) {
}
