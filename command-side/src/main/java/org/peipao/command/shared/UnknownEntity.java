package org.peipao.command.shared;

/** A command names a part of an aggregate (a milestone, say) that does not exist. */
public class UnknownEntity extends RuntimeException {

    public UnknownEntity(String detail) {
        super(detail, null, false, false);
    }

    /** A command for an id that names no such aggregate (or another kind of aggregate) finds nothing. */
    public static void requireExisting(boolean exists, String what) {
        if (!exists) {
            throw new UnknownEntity("no such " + what);
        }
    }
}
