package org.peipao.api.project;

import org.peipao.api.IndustryDomain;

/**
 * Every filter is optional ({@code null}): {@code district} matches any landing's district,
 * {@code companionId} any companion ever assigned, {@code text} the title or team lead.
 * Answers a {@link ProjectPage}.
 */
public record FindProjectsQuery(ProjectStage stage,
                                IndustryDomain domain,
                                String district,
                                String companionId,
                                String source,
                                String text,
                                int page,
                                int size) {
}
