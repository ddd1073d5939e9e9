package org.peipao.api.challenge;

import org.peipao.api.IndustryDomain;

/** Every filter is optional ({@code null}); {@code enterprise} matches part of the name. Answers a {@link ChallengePage}. */
public record FindChallengesQuery(ChallengeStatus status, IndustryDomain domain, String enterprise, int page,
                                  int size) {
}
