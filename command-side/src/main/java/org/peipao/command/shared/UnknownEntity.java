package org.peipao.command.shared;

/** A command names a part of an aggregate (a milestone, say) that does not exist. */
public class UnknownEntity extends RuntimeException {

    public UnknownEntity(String detail) {
        super(detail, null, false, false);
    }
}
