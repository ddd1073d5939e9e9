package org.peipao.api.challenge;

/** Answers a {@link ChallengeView}, or {@code null} when no such challenge is known (yet). */
public record FindChallengeQuery(String challengeId) {
}
