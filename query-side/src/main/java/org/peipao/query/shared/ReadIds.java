package org.peipao.query.shared;

/** The form of ids in read paths (the same as the write side accepts). */
public final class ReadIds {

    public static final String ID_PATTERN = "(?!\\.{1,2}$)[A-Za-z0-9._-]{1,64}";
    public static final String ID_MESSAGE = "must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-', and not . or ..";

    private ReadIds() {
    }
}
