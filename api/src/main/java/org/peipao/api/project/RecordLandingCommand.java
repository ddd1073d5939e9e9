package org.peipao.api.project;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.peipao.api.ValidId;
import org.peipao.api.text.Label;

import java.math.BigDecimal;
import java.time.LocalDate;

public record RecordLandingCommand(@TargetAggregateIdentifier @NotNull @ValidId String projectId,
                                   @NotNull @ValidId String landingId,
                                   @Label String district,
                                   @Label(required = false) String park,
                                   @NotNull LandingForm form,
                                   @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal signedAmountCny,
                                   @NotNull LocalDate signedOn) {
}
