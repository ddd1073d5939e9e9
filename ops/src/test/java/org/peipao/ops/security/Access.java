package org.peipao.ops.security;

/** The rows of the security issue's role table, as the status each principal must get. */
enum Access {
    /** {@code /actuator/health}: everybody. */
    PUBLIC,
    /** Any signed-in user, whatever the role (the OpenAPI document). */
    SIGNED_IN,
    /** {@code /actuator/prometheus}: the scrape user or an administrator. */
    SCRAPE,
    /** Reads of companions, projects and challenges: ADMIN, MENTOR, AUDITOR. */
    READ,
    /** ADMIN and AUDITOR: the audit endpoints, and the verification queue. */
    AUDIT,
    /** Administration that stores no event (the processors' state, a replay): ADMIN only. */
    ADMIN_OPERATION,
    /** Writes only an administrator may make. */
    ADMIN_WRITE,
    /** Writes an administrator may make, and a mentor on a project they accompany. */
    MENTOR_WRITE;

    /** A mentor acting on a project they do not accompany: the aggregate's ownership rule forbids it (issue 11 §7). */
    static final int NOT_THEIR_PROJECT = 403;

    /** The status {@code who} must get, where {@code allowed} is the endpoint's answer to an allowed caller. */
    int expectedFor(Who who, int allowed) {
        if (this == PUBLIC) {
            return allowed;
        }
        if (who == Who.ANONYMOUS) {
            return 401;
        }
        return switch (this) {
            case PUBLIC, SIGNED_IN -> allowed;
            case SCRAPE -> who == Who.ADMIN || who == Who.METRICS ? allowed : 403;
            case READ -> who == Who.METRICS ? 403 : allowed;
            case AUDIT -> who == Who.ADMIN || who == Who.AUDITOR ? allowed : 403;
            case ADMIN_OPERATION, ADMIN_WRITE -> who == Who.ADMIN ? allowed : 403;
            case MENTOR_WRITE -> who == Who.ADMIN || who == Who.MENTOR_ASSIGNED ? allowed
                    : who == Who.MENTOR_NOT_ASSIGNED ? NOT_THEIR_PROJECT : 403;
        };
    }

    /** Whether {@code who} is refused by the ownership rule (named {@code mentor-not-assigned}) rather than by role. */
    boolean refusesAsNotTheirProject(Who who) {
        return this == MENTOR_WRITE && who == Who.MENTOR_NOT_ASSIGNED;
    }

    boolean isWrite() {
        return this == ADMIN_WRITE || this == MENTOR_WRITE;
    }
}
