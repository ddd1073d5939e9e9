package org.peipao.api.project;

/**
 * The kinds of milestone a companion logs. Some kinds need a field of their own (API.md, "Type-specific milestone
 * fields"): {@link #requiredField()} names it.
 */
public enum MilestoneType {
    TECH_PROBLEM_SOLVED("challengeId"),
    FINANCING_CLOSED("amountCny"),
    AWARD_WON(null),
    PILOT_STARTED(null),
    CLINICAL_PHASE_ENTERED("phase"),
    MARKET_APPROVAL(null),
    LICENSING_DEAL("amountCny"),
    PATENT_GRANTED(null),
    JOBS_CREATED("count"),
    OTHER(null);

    private final String requiredField;

    MilestoneType(String requiredField) {
        this.requiredField = requiredField;
    }

    /** The field of {@link LogMilestoneCommand} a milestone of this type must have, or {@code null}. */
    public String requiredField() {
        return requiredField;
    }
}
