package org.peipao.ops.security;

import org.peipao.ops.support.Fixtures;
import org.peipao.ops.support.Ids;
import org.springframework.http.HttpMethod;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.peipao.ops.security.Access.ADMIN_OPERATION;
import static org.peipao.ops.security.Access.ADMIN_WRITE;
import static org.peipao.ops.security.Access.AUDIT;
import static org.peipao.ops.security.Access.MENTOR_WRITE;
import static org.peipao.ops.security.Access.PUBLIC;
import static org.peipao.ops.security.Access.READ;
import static org.peipao.ops.security.Access.SCRAPE;
import static org.peipao.ops.security.Access.SIGNED_IN;
import static org.peipao.ops.support.Api.json;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * Every endpoint of the server, with who may call it and how each call is prepared
 * ({@link EndpointCoverageIntegrationTests} fails when the server has one this list lacks).
 */
final class Endpoints {

    /**
     * One row of the matrix: {@code allowed} is the status of a call its access lets through; {@code accept}, when
     * not {@code null}, is the {@code Accept} the call sends (an export variant of the endpoint), else JSON.
     */
    record Endpoint(HttpMethod method, String template, String accept, Access access, int allowed,
                    Function<Scene, Scene.Call> prepare) {

        /** The endpoint, as the server's mappings name it: {@code GET /api/v1/projects/{id}}. */
        String mapping() {
            return method + " " + template;
        }

        @Override
        public String toString() {
            return accept == null ? mapping() : mapping() + " (Accept: " + accept + ")";
        }
    }

    private Endpoints() {
    }

    /** The endpoints as JSON clients call them. */
    private static final List<Endpoint> JSON_ROWS = List.of(
            // companions
            row(POST, "/api/v1/companions", ADMIN_WRITE, 201,
                    s -> call(POST, "/api/v1/companions", Fixtures.companionBody(Ids.unique("companion")))),
            row(PUT, "/api/v1/companions/{id}/profile", ADMIN_WRITE, 200,
                    s -> call(PUT, "/api/v1/companions/" + s.ownCompanion() + "/profile", json("name", "Li Wei",
                            "organisation", "Chongqing Tech Transfer", "domains", new String[]{"AI"}, "capacity", 50))),
            row(POST, "/api/v1/companions/{id}/honours", ADMIN_WRITE, 200,
                    s -> call(POST, "/api/v1/companions/" + s.ownCompanion() + "/honours",
                            json("title", "Model Technology Broker", "year", 2025))),
            row(POST, "/api/v1/companions/{id}/suspension", ADMIN_WRITE, 200,
                    s -> call(POST, "/api/v1/companions/" + s.fixtures.companion() + "/suspension",
                            json("reason", "on leave"))),
            row(DELETE, "/api/v1/companions/{id}/suspension", ADMIN_WRITE, 200,
                    s -> call(DELETE, "/api/v1/companions/" + s.fixtures.suspendedCompanion() + "/suspension", null)),
            row(POST, "/api/v1/companions/{id}/retirement", ADMIN_WRITE, 200,
                    s -> call(POST, "/api/v1/companions/" + s.fixtures.companion() + "/retirement",
                            json("reason", "retired"))),
            row(GET, "/api/v1/companions", READ, 200, s -> call(GET, "/api/v1/companions?size=5", null)),
            row(GET, "/api/v1/companions/{id}", READ, 200,
                    s -> call(GET, s.visible("/api/v1/companions/" + s.fixtures.companion()), null)),
            // projects
            row(POST, "/api/v1/projects", ADMIN_WRITE, 201,
                    s -> call(POST, "/api/v1/projects", Fixtures.projectBody(Ids.unique("project")))),
            row(POST, "/api/v1/projects/{id}/assignments", ADMIN_WRITE, 200,
                    s -> call(POST, "/api/v1/projects/" + s.accompaniedProject().project() + "/assignments",
                            json("companionId", s.fixtures.companion(), "role", "SUPPORTING"))),
            row(DELETE, "/api/v1/projects/{id}/assignments/{companionId}", ADMIN_WRITE, 200, s -> {
                Scene.Accompanied accompanied = s.accompaniedProject();
                return call(DELETE, "/api/v1/projects/" + accompanied.project() + "/assignments/"
                        + accompanied.companion() + "?reason=moved", null);
            }),
            row(POST, "/api/v1/projects/{id}/milestones", MENTOR_WRITE, 201,
                    s -> call(POST, "/api/v1/projects/" + s.accompaniedProject().project() + "/milestones",
                            Fixtures.milestoneBody(Ids.unique("milestone")))),
            row(POST, "/api/v1/projects/{id}/milestones/{milestoneId}/verification", ADMIN_WRITE, 200, s -> {
                String project = s.accompaniedProject().project();
                return call(POST, "/api/v1/projects/" + project + "/milestones/" + s.fixtures.milestone(project)
                        + "/verification", json("note", "checked the certificate"));
            }),
            row(POST, "/api/v1/projects/{id}/milestones/{milestoneId}/rejection", ADMIN_WRITE, 200, s -> {
                String project = s.accompaniedProject().project();
                return call(POST, "/api/v1/projects/" + project + "/milestones/" + s.fixtures.milestone(project)
                        + "/rejection", json("reason", "no certificate"));
            }),
            row(POST, "/api/v1/projects/{id}/landings", MENTOR_WRITE, 201,
                    s -> call(POST, "/api/v1/projects/" + s.accompaniedProject().project() + "/landings",
                            Fixtures.landingBody(Ids.unique("landing")))),
            row(POST, "/api/v1/projects/{id}/withdrawal", ADMIN_WRITE, 200,
                    s -> call(POST, "/api/v1/projects/" + s.accompaniedProject().project() + "/withdrawal",
                            json("reason", "the team went home"))),
            row(GET, "/api/v1/projects", READ, 200, s -> call(GET, "/api/v1/projects?size=5", null)),
            row(GET, "/api/v1/projects/{id}", READ, 200,
                    s -> call(GET, s.visible("/api/v1/projects/" + s.accompaniedProject().project()), null)),
            // the verification queue: administrators work it, auditors read it
            row(GET, "/api/v1/milestones", AUDIT, 200, s -> call(GET, "/api/v1/milestones?status=LOGGED&size=5", null)),
            // challenges
            row(POST, "/api/v1/challenges", ADMIN_WRITE, 201,
                    s -> call(POST, "/api/v1/challenges", Fixtures.challengeBody(Ids.unique("challenge")))),
            row(POST, "/api/v1/challenges/{id}/match", MENTOR_WRITE, 200,
                    s -> call(POST, "/api/v1/challenges/" + s.fixtures.challenge() + "/match",
                            json("projectId", s.accompaniedProject().project()))),
            row(POST, "/api/v1/challenges/{id}/closure", ADMIN_WRITE, 200,
                    s -> call(POST, "/api/v1/challenges/" + s.fixtures.challenge() + "/closure",
                            json("reason", "solved in-house"))),
            row(GET, "/api/v1/challenges", READ, 200, s -> call(GET, "/api/v1/challenges?size=5", null)),
            row(GET, "/api/v1/challenges/{id}", READ, 200,
                    s -> call(GET, s.visible("/api/v1/challenges/" + s.fixtures.challenge()), null)),
            // dashboard and administration
            row(GET, "/api/v1/dashboard", READ, 200, s -> call(GET, "/api/v1/dashboard", null)),
            row(GET, "/api/v1/dashboard/trends", READ, 200, s -> call(GET,
                    "/api/v1/dashboard/trends?metric=landings&interval=month&from=2025-01-01&to=2025-12-31", null)),
            row(GET, "/api/v1/admin/processors", ADMIN_OPERATION, 200,
                    s -> call(GET, "/api/v1/admin/processors", null)),
            // (a replay rebuilds into fresh collections while the current ones keep answering: other cells read on)
            row(POST, "/api/v1/admin/processors/{name}/replay", ADMIN_OPERATION, 202,
                    s -> call(POST, "/api/v1/admin/processors/challenges/replay", "{}")),
            // audit
            row(GET, "/api/v1/audit/streams/{aggregateId}/events", AUDIT, 200,
                    s -> call(GET, "/api/v1/audit/streams/" + s.fixtures.companion() + "/events", null)),
            row(GET, "/api/v1/audit/streams/{aggregateId}/state", AUDIT, 200,
                    s -> call(GET, "/api/v1/audit/streams/" + s.fixtures.companion() + "/state?asOf="
                            + Instant.now(), null)),
            row(GET, "/api/v1/audit/events", AUDIT, 200, s -> call(GET, "/api/v1/audit/events?limit=5", null)),
            row(GET, "/api/v1/audit/dashboard", AUDIT, 200,
                    s -> call(GET, "/api/v1/audit/dashboard?asOf=" + Instant.now(), null)),
            row(GET, "/api/v1/audit/verification", AUDIT, 200, s -> call(GET, "/api/v1/audit/verification", null)),
            // verification jobs and their receipts (a second start while one runs answers the running one: 202 too)
            row(POST, "/api/v1/audit/verifications", AUDIT, 202, s -> call(POST, "/api/v1/audit/verifications", null)),
            row(GET, "/api/v1/audit/verifications", AUDIT, 200,
                    s -> call(GET, "/api/v1/audit/verifications?limit=5", null)),
            // (a run nobody started: 404 for a caller let through)
            row(GET, "/api/v1/audit/verifications/{id}", AUDIT, 404,
                    s -> call(GET, "/api/v1/audit/verifications/" + Ids.unique("run"), null)),
            row(GET, "/api/v1/audit/keys", AUDIT, 200, s -> call(GET, "/api/v1/audit/keys", null)),
            // (a receipt this server did not sign: 400 receipt-invalid for a caller let through)
            row(POST, "/api/v1/audit/receipts/check", AUDIT, 400,
                    s -> call(POST, "/api/v1/audit/receipts/check", json("receipt", "not-a-receipt"))),
            // spreadsheet imports: administrators only. The matrix sends JSON, which an import does not take: a caller
            // let through is answered 415, the others 401 or 403 (the imports' own tests send files).
            row(GET, "/api/v1/imports/{kind}/template", ADMIN_OPERATION, 200,
                    s -> call(GET, "/api/v1/imports/companions/template?format=csv", null)),
            row(POST, "/api/v1/imports/{kind}", ADMIN_OPERATION, 415,
                    s -> call(POST, "/api/v1/imports/companions?dryRun=true", "{}")),
            // (a job nobody started: 404 for a caller let through)
            row(GET, "/api/v1/imports/jobs/{job}", ADMIN_OPERATION, 404,
                    s -> call(GET, "/api/v1/imports/jobs/" + Ids.unique("job"), null)),
            row(GET, "/api/v1/imports/jobs/{job}/report", ADMIN_OPERATION, 404,
                    s -> call(GET, "/api/v1/imports/jobs/" + Ids.unique("job") + "/report", null)),
            // who is signed in (the web console asks)
            row(GET, "/api/v1/me", SIGNED_IN, 200, s -> call(GET, "/api/v1/me", null)),
            // operations
            row(GET, "/actuator/health", PUBLIC, 200, s -> call(GET, "/actuator/health", null)),
            row(GET, "/actuator/health/**", PUBLIC, 200, s -> call(GET, "/actuator/health/readiness", null)),
            row(GET, "/actuator/info", ADMIN_OPERATION, 200, s -> call(GET, "/actuator/info", null)),
            row(GET, "/actuator/metrics", ADMIN_OPERATION, 200, s -> call(GET, "/actuator/metrics", null)),
            row(GET, "/actuator/metrics/{requiredMetricName}", ADMIN_OPERATION, 200,
                    s -> call(GET, "/actuator/metrics/jvm.memory.used", null)),
            row(GET, "/actuator/prometheus", SCRAPE, 200, s -> call(GET, "/actuator/prometheus", null)),
            row(GET, "/v3/api-docs", SIGNED_IN, 200, s -> call(GET, "/v3/api-docs", null)));

    /** The media types a list exports to (issue 12): each list endpoint has a row per type. */
    static final List<String> EXPORT_TYPES = List.of("text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /**
     * The exports: every reader exports what they may read (the same access as the JSON list), filtered to little so
     * that the matrix stays fast.
     */
    private static final List<Endpoint> EXPORT_ROWS = Stream.of(
            exports("/api/v1/companions", READ, s -> call(GET, "/api/v1/companions?q=no-such-companion", null)),
            exports("/api/v1/projects", READ, s -> call(GET, "/api/v1/projects?q=no-such-project", null)),
            exports("/api/v1/challenges", READ,
                    s -> call(GET, "/api/v1/challenges?enterprise=no-such-enterprise", null)),
            exports("/api/v1/dashboard", READ, s -> call(GET, "/api/v1/dashboard", null)),
            exports("/api/v1/dashboard/trends", READ, s -> call(GET,
                    "/api/v1/dashboard/trends?metric=landings&interval=month&from=2025-01-01&to=2025-12-31", null)),
            exports("/api/v1/audit/events", AUDIT,
                    s -> call(GET, "/api/v1/audit/events?after=" + Long.MAX_VALUE, null)))
            .flatMap(List::stream).toList();

    static final List<Endpoint> ALL = Stream.concat(JSON_ROWS.stream(), EXPORT_ROWS.stream()).toList();

    private static Endpoint row(HttpMethod method, String template, Access access, int allowed,
                                Function<Scene, Scene.Call> prepare) {
        return new Endpoint(method, template, null, access, allowed, prepare);
    }

    /** A list endpoint's export rows, one per {@link #EXPORT_TYPES type}: a reader let through gets the file (200). */
    private static List<Endpoint> exports(String template, Access access, Function<Scene, Scene.Call> prepare) {
        return EXPORT_TYPES.stream().map(type -> new Endpoint(GET, template, type, access, 200, prepare)).toList();
    }

    private static Scene.Call call(HttpMethod method, String path, String body) {
        return new Scene.Call(method, path, body);
    }
}
