package org.peipao.api.project;

public enum MilestoneType {
    TECH_PROBLEM_SOLVED,
    FINANCING_CLOSED,
    AWARD_WON,
    PILOT_STARTED,
    CLINICAL_PHASE_ENTERED,
    MARKET_APPROVAL,
    LICENSING_DEAL,
    PATENT_GRANTED,
    JOBS_CREATED,
    OTHER
}
