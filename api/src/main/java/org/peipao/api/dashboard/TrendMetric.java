package org.peipao.api.dashboard;

/** The KPIs with a time series; names as the trends endpoint takes them. */
public enum TrendMetric {
    LANDINGS("landings"),
    SIGNED_AMOUNT("signedAmount"),
    PROBLEMS_SOLVED("problemsSolved"),
    VERIFIED_MILESTONES("verifiedMilestones"),
    NEW_PROJECTS("newProjects"),
    ACTIVE_COMPANIONS("activeCompanions");

    private final String apiName;

    TrendMetric(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
