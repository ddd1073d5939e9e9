package org.peipao.api.companion;

import org.peipao.api.IndustryDomain;

import java.util.List;

public record CompanionSummary(String id,
                               String name,
                               CompanionKind kind,
                               String organisation,
                               List<IndustryDomain> domains,
                               CompanionStatus status,
                               int capacity,
                               int activeAssignments,
                               long version) {
}
