package org.peipao.ops.security;

import org.peipao.ops.support.Api;
import org.peipao.ops.support.Fixtures;
import org.peipao.ops.support.Reads;
import org.peipao.ops.support.TestUsers;
import org.springframework.http.HttpMethod;

import java.util.ArrayList;
import java.util.List;

/**
 * The fresh resources one cell of the access matrix acts on, made by an administrator. For the
 * "MENTOR (assigned)" column the project involved is accompanied by the mentor's companion; for every
 * other column by another companion. The mentor's assignments are released afterwards, so that the
 * companion never reaches its capacity.
 */
final class Scene {

    /** The request a cell sends. */
    record Call(HttpMethod method, String path, String body) {
    }

    /** A project and the companion who accompanies it. */
    record Accompanied(String project, String companion) {
    }

    final Fixtures fixtures;
    private final Api admin;
    private final Who who;
    private final List<String> mentorProjects = new ArrayList<>();

    Scene(Api admin, Who who) {
        this.admin = admin;
        this.fixtures = new Fixtures(admin);
        this.who = who;
        if (who.isMentor()) {
            fixtures.mentorCompanion();
        }
    }

    Accompanied accompaniedProject() {
        if (who == Who.MENTOR_ASSIGNED) {
            String project = fixtures.projectAccompaniedBy(TestUsers.MENTOR_COMPANION);
            mentorProjects.add(project);
            return new Accompanied(project, TestUsers.MENTOR_COMPANION);
        }
        String companion = fixtures.companion();
        return new Accompanied(fixtures.projectAccompaniedBy(companion), companion);
    }

    /** The mentor's own companion in the "assigned" column (a mentor may not edit even that), else a fresh one. */
    String ownCompanion() {
        return who == Who.MENTOR_ASSIGNED ? TestUsers.MENTOR_COMPANION : fixtures.companion();
    }

    /** Waits until the read model shows what {@code path} names, so that a read answers 200, not 404. */
    String visible(String path) {
        Reads.visible(admin, path, 0);
        return path;
    }

    void cleanUp() {
        // a withdrawn project has released the companion already: that answer (409) is fine too
        mentorProjects.forEach(project ->
                admin.delete("/api/v1/projects/" + project + "/assignments/" + TestUsers.MENTOR_COMPANION));
    }
}
