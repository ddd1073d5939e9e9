package org.peipao.server.security;

import org.peipao.server.support.Api;
import org.peipao.server.support.TestUsers;

/** The principals of the access matrix; the mentor appears twice, on projects they do and do not accompany. */
enum Who {
    ANONYMOUS(null, "anonymous"),
    ADMIN(TestUsers.ADMIN, "ADMIN"),
    MENTOR_ASSIGNED(TestUsers.MENTOR, "MENTOR (assigned)"),
    MENTOR_NOT_ASSIGNED(TestUsers.MENTOR, "MENTOR (not assigned)"),
    AUDITOR(TestUsers.AUDITOR, "AUDITOR"),
    METRICS(TestUsers.METRICS, "METRICS");

    private final TestUsers user;
    private final String label;

    Who(TestUsers user, String label) {
        this.user = user;
        this.label = label;
    }

    Api api(int port) {
        return user == null ? new Api("http://localhost:" + port) : user.api(port);
    }

    boolean isMentor() {
        return this == MENTOR_ASSIGNED || this == MENTOR_NOT_ASSIGNED;
    }

    @Override
    public String toString() {
        return label;
    }
}
