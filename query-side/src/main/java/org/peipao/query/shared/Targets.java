package org.peipao.query.shared;

/** Where a projection writes each of its logical collections (the live read model, a rebuild, or a shadow copy). */
@FunctionalInterface
public interface Targets {

    String collection(String logical);

    /** Each logical collection under its own name. */
    static Targets asNamed() {
        return logical -> logical;
    }

    /** Copies under a prefix, e.g. for a verification's shadow or an as-of computation. */
    static Targets prefixed(String prefix) {
        return logical -> prefix + logical;
    }
}
