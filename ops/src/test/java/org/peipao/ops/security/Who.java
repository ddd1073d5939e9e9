package org.peipao.ops.security;

import com.nimbusds.jwt.JWTClaimsSet;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.TestUsers;

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

    /** The API as this principal signs in with HTTP Basic. */
    Api api(int port) {
        return user == null ? new Api("http://localhost:" + port) : user.api(port);
    }

    /** The claims of this principal's bearer token in JWT mode; none for the anonymous caller. */
    JWTClaimsSet.Builder claims() {
        return switch (this) {
            case ANONYMOUS -> null;
            case ADMIN -> TestIdentityProvider.claims("office-admin", "ADMIN");
            case MENTOR_ASSIGNED, MENTOR_NOT_ASSIGNED -> TestIdentityProvider.claims("office-mentor", "MENTOR")
                    .claim("companion_id", TestUsers.MENTOR_COMPANION);
            case AUDITOR -> TestIdentityProvider.claims("office-auditor", "AUDITOR");
            case METRICS -> TestIdentityProvider.claims("office-scraper", "METRICS");
        };
    }

    boolean isMentor() {
        return this == MENTOR_ASSIGNED || this == MENTOR_NOT_ASSIGNED;
    }

    @Override
    public String toString() {
        return label;
    }
}
