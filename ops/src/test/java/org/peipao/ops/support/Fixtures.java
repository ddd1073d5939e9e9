package org.peipao.ops.support;

import static org.peipao.ops.support.Api.json;

/**
 * Resources made by an administrator for a test to act on, each fresh (unique ids) so that tests stay
 * independent. Every step must succeed: a failing set-up throws, naming the step and the answer.
 */
public class Fixtures {

    private final Api admin;

    public Fixtures(Api admin) {
        this.admin = admin;
    }

    public String companion() {
        String id = Ids.unique("companion");
        expect(admin.post("/api/v1/companions", companionBody(id)), 201, "register companion " + id);
        return id;
    }

    /** The companion the test mentor acts for; registering it again with the same body is idempotent. */
    public String mentorCompanion() {
        String id = TestUsers.MENTOR_COMPANION;
        expect(admin.post("/api/v1/companions", json("id", id, "name", "Mentor Ma", "kind", "TECH_BROKER",
                "organisation", "Peipao test office", "domains", new String[]{"AI"}, "capacity", 50)), 201,
                "register the mentor's companion");
        return id;
    }

    public String suspendedCompanion() {
        String id = companion();
        expect(admin.post("/api/v1/companions/" + id + "/suspension", json("reason", "on leave")), 200,
                "suspend companion " + id);
        return id;
    }

    public String project() {
        String id = Ids.unique("project");
        expect(admin.post("/api/v1/projects", projectBody(id)), 201, "register project " + id);
        return id;
    }

    public String projectAccompaniedBy(String companionId) {
        String id = project();
        assign(id, companionId);
        return id;
    }

    public void assign(String projectId, String companionId) {
        expect(admin.post("/api/v1/projects/" + projectId + "/assignments",
                json("companionId", companionId, "role", "SUPPORTING")), 200,
                "assign " + companionId + " to " + projectId);
    }

    public void release(String projectId, String companionId) {
        expect(admin.delete("/api/v1/projects/" + projectId + "/assignments/" + companionId), 200,
                "release " + companionId + " from " + projectId);
    }

    /** Logs an AWARD_WON milestone (no process follows it) and answers its id. */
    public String milestone(String projectId) {
        String id = Ids.unique("milestone");
        expect(admin.post("/api/v1/projects/" + projectId + "/milestones", milestoneBody(id)), 201,
                "log milestone " + id + " on " + projectId);
        return id;
    }

    public String challenge() {
        String id = Ids.unique("challenge");
        expect(admin.post("/api/v1/challenges", challengeBody(id)), 201, "post challenge " + id);
        return id;
    }

    public static String companionBody(String id) {
        return json("id", id, "name", "Li Wei", "kind", "TECH_BROKER", "organisation", "Chongqing Tech Transfer",
                "domains", new String[]{"LIFE_SCIENCES"});
    }

    public static String projectBody(String id) {
        return json("id", id, "title", "Injectable artificial bone", "domain", "LIFE_SCIENCES",
                "source", "XINGYU_CUP", "origin", "Germany", "teamLead", "Dr. Anna Weber");
    }

    public static String milestoneBody(String id) {
        return json("id", id, "type", "AWARD_WON", "occurredOn", "2025-06-10", "summary", "Won the Xingyu Cup");
    }

    public static String landingBody(String id) {
        return json("id", id, "district", "巴南区", "form", "NEW_COMPANY", "signedAmountCny", 1_000_000,
                "signedOn", "2025-11-15");
    }

    public static String challengeBody(String id) {
        return json("id", id, "enterprise", "Chongqing Special Steel", "domain", "NEW_MATERIALS",
                "title", "Fatigue cracks in implants");
    }

    private static void expect(Api.Response response, int status, String step) {
        if (response.status() != status) {
            throw new IllegalStateException("set-up step '" + step + "' answered " + response);
        }
    }
}
