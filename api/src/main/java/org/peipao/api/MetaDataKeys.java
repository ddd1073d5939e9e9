package org.peipao.api;

/**
 * Keys of the metadata every command and event carries. They are part of the contract: the audit
 * trail and the ownership rule read them.
 */
public final class MetaDataKeys {

    /** The acting principal's user name, or {@link #SYSTEM} for the platform itself. */
    public static final String ACTOR = "actor";
    /** The acting principal's roles, comma-separated (e.g. {@code ADMIN}). */
    public static final String ACTOR_ROLES = "actorRoles";
    /** The companion a mentor acts for; absent for other principals. */
    public static final String ACTOR_COMPANION_ID = "actorCompanionId";
    /** Ties together every message caused by one request (the same on all of them). */
    public static final String CORRELATION_ID = "correlationId";

    /** The identifier of the message that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";

    public static final String SYSTEM = "system";

    private MetaDataKeys() {
    }
}
