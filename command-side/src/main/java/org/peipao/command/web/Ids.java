package org.peipao.command.web;

import java.util.UUID;

/** Client-chosen or generated ids: at most 64 characters of {@code [A-Za-z0-9._-]}. */
public final class Ids {

    /** 1 to 64 of those characters, but not "." or ".." (which no URL path can carry). */
    public static final String PATTERN = "(?!\\.{1,2}$)[A-Za-z0-9._-]{1,64}";
    public static final String MESSAGE = "must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-', and not . or ..";

    private Ids() {
    }

    public static String orNew(String requested) {
        return requested != null ? requested : UUID.randomUUID().toString();
    }
}
