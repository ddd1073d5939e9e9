package org.peipao.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

public record RecordLandingCommand(@TargetAggregateIdentifier String projectId,
                                   String landingId,
                                   String district,
                                   String park,
                                   LandingForm form,
                                   BigDecimal signedAmountCny,
                                   LocalDate signedOn) {
}
