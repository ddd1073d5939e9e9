package org.peipao.api;

/**
 * The form of every id in the contract: aggregate, milestone and landing ids (client-chosen or generated
 * UUIDs), and correlation ids. At most 64 characters of {@code [A-Za-z0-9._-]}, and never {@code .} or {@code ..},
 * which no URL path can carry.
 */
public final class Ids {

    /** The regular expression every id matches. */
    public static final String PATTERN = "(?!\\.{1,2}$)[A-Za-z0-9._-]{1,64}";
    /** What a refused id is told, for people. */
    public static final String MESSAGE =
            "must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-', and not . or ..";

    private Ids() {
    }
}
