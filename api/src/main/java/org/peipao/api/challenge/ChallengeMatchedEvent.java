package org.peipao.api.challenge;

import org.axonframework.serialization.Revision;
import org.peipao.api.IndustryDomain;

@Revision("1")
public record ChallengeMatchedEvent(String challengeId,
                                    String projectId,
                                    String companionId,
                                    String enterprise,
                                    IndustryDomain domain) {
}
