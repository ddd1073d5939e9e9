package org.peipao.api.challenge;

import org.axonframework.serialization.Revision;
import org.peipao.api.IndustryDomain;

@Revision("1")
public record ChallengePostedEvent(String challengeId,
                                   String enterprise,
                                   String enterpriseCode,
                                   IndustryDomain domain,
                                   String title,
                                   String description) {
}
