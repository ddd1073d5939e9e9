package org.peipao.api.challenge;

import org.axonframework.serialization.Revision;
import org.peipao.api.IndustryDomain;

@Revision("1")
public record ChallengeClosedEvent(String challengeId, ChallengeStatus previousStatus, String reason,
                                   IndustryDomain domain) {
}
