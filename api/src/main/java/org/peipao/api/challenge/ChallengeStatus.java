package org.peipao.api.challenge;

/** POSTED → MATCHED → SOLVED, or CLOSED from POSTED or MATCHED. */
public enum ChallengeStatus {
    POSTED,
    MATCHED,
    SOLVED,
    CLOSED
}
