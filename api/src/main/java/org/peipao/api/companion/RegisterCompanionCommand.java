package org.peipao.api.companion;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.peipao.api.IndustryDomain;
import org.peipao.api.ValidId;
import org.peipao.api.text.Label;
import org.peipao.api.text.Text;
import org.peipao.api.text.TextLimits;

import java.util.List;

public record RegisterCompanionCommand(@TargetAggregateIdentifier @NotNull @ValidId String companionId,
                                       @Text(max = TextLimits.NAME) String name,
                                       @NotNull CompanionKind kind,
                                       @Label String organisation,
                                       @NotNull @Size(max = 20) List<@NotNull IndustryDomain> domains,
                                       @Email @Text(max = TextLimits.EMAIL, required = false) String email,
                                       @Min(1) @Max(50) Integer capacity) {
}
