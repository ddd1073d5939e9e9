package org.peipao.command.imports;

import java.util.List;
import java.util.Locale;

/**
 * What became of one row.
 *
 * @param row      the row's number in the spreadsheet (the header is row 1)
 * @param id       the row's id cell
 * @param outcome  what the row did
 * @param problems why it was refused (one per field at fault); empty unless refused
 */
record RowResult(int row, String id, Outcome outcome, List<Problem> problems) {

    /** What a row did: stored something new, found everything in place, changed what was there, or was refused. */
    enum Outcome {
        CREATED, UNCHANGED, UPDATED, REFUSED;

        /** As the report names it: {@code created}, ... */
        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A refusal, as the API would answer the command.
     *
     * @param field  the column at fault, when one is
     * @param status the API's status: 400 bad input, 403 not permitted, 404 unknown, 409 business rule
     * @param type   the last segment of the API's problem type: {@code validation} or the rule's name
     * @param detail the API's words
     */
    record Problem(String field, int status, String type, String detail) {

        static Problem invalid(String field, String detail) {
            return new Problem(field, 400, "validation", detail);
        }
    }

    static RowResult of(int row, String id, Outcome outcome) {
        return new RowResult(row, id, outcome, List.of());
    }

    static RowResult refused(int row, String id, List<Problem> problems) {
        return new RowResult(row, id, Outcome.REFUSED, List.copyOf(problems));
    }
}
