package org.peipao.command.shared;

/** Names of the beans every aggregate uses for snapshots and caching (declared by the command-side configuration). */
public final class Snapshots {

    public static final String TRIGGER = "peipaoSnapshotTrigger";
    public static final String COMPANION_CACHE = "companionCache";
    public static final String PROJECT_CACHE = "projectCache";
    public static final String CHALLENGE_CACHE = "challengeCache";

    private Snapshots() {
    }
}
