package org.peipao.api.challenge;

import org.axonframework.serialization.Revision;
import org.peipao.api.IndustryDomain;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code enterpriseKey} identifies the enterprise served (its unified social credit code when known,
 * otherwise its name), so "enterprises served" counts distinct keys.
 */
@Revision("1")
public record ChallengeSolvedEvent(String challengeId,
                                   String projectId,
                                   String milestoneId,
                                   LocalDate solvedOn,
                                   String enterprise,
                                   String enterpriseKey,
                                   IndustryDomain domain,
                                   List<String> creditedCompanionIds,
                                   IndustryDomain projectDomain,
                                   String projectSource) {
}
