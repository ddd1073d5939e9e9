package org.peipao.api.companion;

import org.peipao.api.IndustryDomain;

/** Every filter is optional ({@code null}); {@code text} matches name or organisation. Answers a {@link CompanionPage}. */
public record FindCompanionsQuery(CompanionKind kind,
                                  CompanionStatus status,
                                  IndustryDomain domain,
                                  String text,
                                  int page,
                                  int size) {
}
