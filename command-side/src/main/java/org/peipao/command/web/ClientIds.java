package org.peipao.command.web;

import java.util.UUID;

/** A create's id: the one the client chose (checked against {@link org.peipao.api.Ids}), or a new UUID. */
public final class ClientIds {

    private ClientIds() {
    }

    public static String orGenerated(String requested) {
        return requested != null ? requested : UUID.randomUUID().toString();
    }
}
