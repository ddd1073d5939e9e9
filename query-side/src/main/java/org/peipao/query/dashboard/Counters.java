package org.peipao.query.dashboard;

/** The names of the dashboard's counters and sets (keys inside {@link DayCell}). */
final class Counters {

    static final String COMPANIONS_REGISTERED = "companions:registered";
    static final String PROJECTS_REGISTERED = "projects:registered";
    static final String LANDINGS = "landings:count";
    static final String LANDINGS_FEN = "landings:fen";
    static final String CHALLENGES_TOTAL = "challenges:total";
    static final String CHALLENGES_SOLVED = "challenges:solved";
    static final String MILESTONES_VERIFIED = "milestones:verified";
    static final String MILESTONES_PENDING = "milestones:pending";
    static final String MILESTONES_REJECTED = "milestones:rejected";
    static final String FINANCING_FEN = "milestones:financingFen";
    static final String FIRST_LANDINGS = "ttl:count";
    static final String ENTERPRISES = "enterprises";

    private Counters() {
    }

    static String companions(String status) {
        return "companions:" + status;
    }

    static String companionsByKind(String kind, String status) {
        return "companions:byKind:" + kind + ":" + status;
    }

    static String projectStage(String stage) {
        return "projects:stage:" + stage;
    }

    static String projectsByDomain(String domain) {
        return "projects:byDomain:" + domain;
    }

    static String projectsBySource(String source) {
        return "projects:bySource:" + source;
    }

    /** Projects by stage and domain, for the Prometheus gauge. */
    static String projectStageDomain(String stage, String domain) {
        return "projects:stageDomain:" + stage + "|" + domain;
    }

    static String landingsBy(String dimension, String value, boolean amount) {
        return "landings:" + dimension + ":" + value + (amount ? ":fen" : ":count");
    }

    static String landingsDistrictDomain(String district, String domain) {
        return "landings:districtDomain:" + district + "|" + domain;
    }

    static String challengeStatus(String status) {
        return "challenges:status:" + status;
    }

    static String verified(String type) {
        return "milestones:verified:" + type;
    }

    /** Milestones by status and type, for the Prometheus gauge. */
    static String milestoneStatusType(String status, String type) {
        return "milestones:statusType:" + status + "|" + type;
    }

    static String timeToLanding(long days) {
        return "ttl:" + days;
    }
}
