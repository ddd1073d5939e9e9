package org.peipao.ops.support;

import java.util.UUID;

/** Unique ids, so that tests sharing a server never collide. */
public final class Ids {

    private Ids() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
