package org.peipao.api.project;

import org.axonframework.serialization.Revision;
import org.peipao.api.IndustryDomain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** {@code creditedCompanionIds}: the companions accompanying the project when it signed. */
@Revision("1")
public record LandingRecordedEvent(String projectId,
                                   String landingId,
                                   String district,
                                   String park,
                                   LandingForm form,
                                   BigDecimal signedAmountCny,
                                   LocalDate signedOn,
                                   List<String> creditedCompanionIds,
                                   IndustryDomain domain,
                                   String source) {
}
