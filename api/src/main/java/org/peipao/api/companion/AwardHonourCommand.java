package org.peipao.api.companion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AwardHonourCommand(@TargetAggregateIdentifier String companionId, String title, int year) {
}
