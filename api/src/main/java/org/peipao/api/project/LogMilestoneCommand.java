package org.peipao.api.project;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.peipao.api.ValidId;
import org.peipao.api.text.Text;
import org.peipao.api.text.TextLimits;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The type decides which of the optional fields are required (see the API contract). */
@TypeSpecificFields
public record LogMilestoneCommand(@TargetAggregateIdentifier @NotNull @ValidId String projectId,
                                  @NotNull @ValidId String milestoneId,
                                  @NotNull MilestoneType type,
                                  @NotNull LocalDate occurredOn,
                                  @Text(max = TextLimits.NOTE, multiline = true) String summary,
                                  @EvidenceUrl @Text(max = TextLimits.NOTE, required = false) String evidenceUrl,
                                  @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal amountCny,
                                  @ValidId String challengeId,
                                  ClinicalPhase phase,
                                  @Min(1) Integer count) {
}
