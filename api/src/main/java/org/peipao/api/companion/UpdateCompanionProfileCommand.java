package org.peipao.api.companion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.peipao.api.IndustryDomain;

import java.util.List;

public record UpdateCompanionProfileCommand(@TargetAggregateIdentifier String companionId,
                                            String name,
                                            String organisation,
                                            List<IndustryDomain> domains,
                                            String email,
                                            Integer capacity) {
}
