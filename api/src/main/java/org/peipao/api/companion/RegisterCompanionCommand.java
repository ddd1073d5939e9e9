package org.peipao.api.companion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.peipao.api.IndustryDomain;

import java.util.List;

public record RegisterCompanionCommand(@TargetAggregateIdentifier String companionId,
                                       String name,
                                       CompanionKind kind,
                                       String organisation,
                                       List<IndustryDomain> domains,
                                       String email,
                                       Integer capacity) {
}
