package org.peipao.command.imports;

import java.util.List;

/**
 * A file refused as a whole, before any row is sent: unreadable, hostile, too large, or with headers that do not
 * fit its kind. The server's one error mapping answers it as an RFC 9457 problem whose type is {@code type}, with an
 * error per header at fault.
 */
public class SheetRefused extends RuntimeException {

    /**
     * A header (or the file) at fault, and why.
     *
     * @param field   the header (or request parameter) at fault
     * @param message why
     */
    public record Error(String field, String message) {
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

    /** The HTTP status of the refusal: 400, 403 or 413. */
    public int status() {
        return status;
    }

    /** The problem type's last segment, e.g. {@code sheet-headers}. */
    public String type() {
        return type;
    }

    /** The problem's title: what kind of refusal this is. */
    public String title() {
        return status == 413 ? "Payload too large" : "The file cannot be imported";
    }

    /** The headers (or parameters) at fault, each with why; empty when the file as a whole is refused. */
    public List<Error> errors() {
        return errors;
    }
}
