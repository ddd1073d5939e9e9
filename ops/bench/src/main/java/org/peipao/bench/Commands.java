package org.peipao.bench;

import java.time.LocalDate;

/** The HTTP write commands the harness sends: path and JSON body, as in README's walkthrough and API.md. */
final class Commands {

    record Command(String path, String body) {
    }

    static final String[] DOMAINS = {"AI", "INTELLIGENT_CONNECTED_NEV", "NEW_MATERIALS", "LIFE_SCIENCES",
            "GREEN_LOW_CARBON", "ELECTRONIC_INFORMATION", "OTHER"};
    static final String[] KINDS = {"TECH_BROKER", "INCUBATOR_MANAGER", "INVESTMENT_MANAGER", "PROFESSIONAL_MANAGER"};
    static final String[] SOURCES = {"GEEC-2025", "XINGYU-CUP-2025", "BIO-CITY-2025", "UNIVERSITY-LAB", "OVERSEAS-DESK"};
    static final String[] DISTRICTS = {"巴南区", "渝北区", "两江新区", "沙坪坝区", "九龙坡区", "江北区", "南岸区", "北碚区",
            "璧山区"};
    static final String[] FORMS = {"NEW_COMPANY", "BRANCH", "LAB", "PILOT_LINE", "PLATFORM"};

    private Commands() {
    }

    static Command registerCompanion(String id, String kind, String domain) {
        return new Command("/api/v1/companions", "{\"id\":\"" + id + "\",\"name\":\"Companion " + id + "\",\"kind\":\""
                + kind + "\",\"organisation\":\"Benchmark Transfer Centre\",\"domains\":[\"" + domain + "\"]}");
    }

    static Command registerProject(String id, String domain, String source) {
        return new Command("/api/v1/projects", "{\"id\":\"" + id + "\",\"title\":\"Project " + id + "\",\"domain\":\""
                + domain + "\",\"source\":\"" + source + "\",\"origin\":\"Germany\",\"teamLead\":\"Dr. Lead " + id + "\"}");
    }

    static Command postChallenge(String id, String enterprise, String domain) {
        return new Command("/api/v1/challenges", "{\"id\":\"" + id + "\",\"enterprise\":\"" + enterprise
                + "\",\"domain\":\"" + domain + "\",\"title\":\"Technical problem " + id + "\"}");
    }

    static Command assign(String projectId, String companionId, String role, LocalDate since) {
        return new Command("/api/v1/projects/" + projectId + "/assignments", "{\"companionId\":\"" + companionId
                + "\",\"role\":\"" + role + "\",\"since\":\"" + since + "\"}");
    }

    static Command match(String challengeId, String projectId, String companionId) {
        return new Command("/api/v1/challenges/" + challengeId + "/match", "{\"projectId\":\"" + projectId
                + "\",\"companionId\":\"" + companionId + "\"}");
    }

    static Command problemSolved(String projectId, String milestoneId, LocalDate on, String challengeId) {
        return new Command("/api/v1/projects/" + projectId + "/milestones", "{\"id\":\"" + milestoneId
                + "\",\"type\":\"TECH_PROBLEM_SOLVED\",\"occurredOn\":\"" + on + "\",\"summary\":\"Solved "
                + challengeId + "\",\"challengeId\":\"" + challengeId + "\"}");
    }

    static Command financing(String projectId, String milestoneId, LocalDate on, long amountCny) {
        return new Command("/api/v1/projects/" + projectId + "/milestones", "{\"id\":\"" + milestoneId
                + "\",\"type\":\"FINANCING_CLOSED\",\"occurredOn\":\"" + on + "\",\"summary\":\"Financing round\","
                + "\"amountCny\":" + amountCny + "}");
    }

    static Command patent(String projectId, String milestoneId, LocalDate on) {
        return new Command("/api/v1/projects/" + projectId + "/milestones", "{\"id\":\"" + milestoneId
                + "\",\"type\":\"PATENT_GRANTED\",\"occurredOn\":\"" + on + "\",\"summary\":\"Patent " + milestoneId
                + "\"}");
    }

    static Command verify(String projectId, String milestoneId) {
        return new Command("/api/v1/projects/" + projectId + "/milestones/" + milestoneId + "/verification",
                "{\"note\":\"evidence checked\"}");
    }

    static Command landing(String projectId, String landingId, String district, String form, long amountCny,
                           LocalDate on) {
        return new Command("/api/v1/projects/" + projectId + "/landings", "{\"id\":\"" + landingId
                + "\",\"district\":\"" + district + "\",\"park\":\"Benchmark Park\",\"form\":\"" + form
                + "\",\"signedAmountCny\":" + amountCny + ",\"signedOn\":\"" + on + "\"}");
    }
}
