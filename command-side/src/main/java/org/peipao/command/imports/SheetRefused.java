package org.peipao.command.imports;

import java.util.List;

/**
 * A file refused as a whole, before any row is sent: unreadable, hostile, too large, or with headers that do not
 * fit its kind. Answered as an RFC 9457 problem whose type is {@code type}, with an error per header at fault.
 */
class SheetRefused extends RuntimeException {

    /** A header (or the file) at fault, and why. */
    record Error(String field, String message) {
    }

    private final int status;
    private final String type;
    private final List<Error> errors;

    SheetRefused(int status, String type, String detail, List<Error> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    static SheetRefused unreadable(String detail) {
        return new SheetRefused(400, "unreadable-sheet", detail, List.of());
    }

    static SheetRefused tooLarge(String detail) {
        return new SheetRefused(413, "payload-too-large", detail, List.of());
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    List<Error> errors() {
        return errors;
    }
}
