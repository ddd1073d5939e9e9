package org.peipao.command.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The answer to an import: counts of rows by outcome, and a line per row (a refused row has a line per problem).
 *
 * @param kind      what was imported
 * @param dryRun    whether it was a dry run (nothing stored)
 * @param created   rows that created what they describe
 * @param unchanged rows whose id was there already as the row describes it: nothing was stored
 * @param updated   rows that changed what was there (a companion's profile, a project's new assignments)
 * @param refused   rows that were refused, wholly or in part
 * @param rows      the lines, in row order
 */
record ImportReport(String kind, boolean dryRun, int created, int unchanged, int updated, int refused,
                    List<ReportLine> rows) {

    /**
     * One line of the report.
     *
     * @param row     the row's number in the file (the header is row 1)
     * @param id      the row's id
     * @param outcome {@code created}, {@code unchanged}, {@code updated} or {@code refused}
     * @param field   the column at fault, if one is
     * @param status  the status the API answers the refusal with (400, 403, 404, 409)
     * @param type    the API's problem type, its last segment: {@code validation} or the rule's name
     * @param detail  the API's words
     */
    record ReportLine(int row, String id, String outcome, String field, Integer status, String type, String detail) {
    }

    /** The lines as a sheet (to download as CSV or XLSX): one row per line, the columns named as the JSON's fields. */
    SheetFiles.Table table() {
        List<List<Object>> cells = new ArrayList<>(rows.size());
        for (ReportLine line : rows) {
            cells.add(Arrays.asList(line.row(), line.id(), line.outcome(), line.field(), line.status(),
                    line.type(), line.detail()));
        }
        return new SheetFiles.Table("report", List.of("row", "id", "outcome", "field", "status", "type", "detail"),
                cells);
    }

    static ImportReport of(ImportKind kind, boolean dryRun, List<RowResult> results) {
        int[] counts = new int[RowResult.Outcome.values().length];
        List<ReportLine> lines = new ArrayList<>(results.size());
        for (RowResult result : results) {
            counts[result.outcome().ordinal()]++;
            if (result.problems().isEmpty()) {
                lines.add(new ReportLine(result.row(), result.id(), result.outcome().label(), null, null, null, null));
            }
            for (RowResult.Problem problem : result.problems()) {
                lines.add(new ReportLine(result.row(), result.id(), result.outcome().label(), problem.field(),
                        problem.status(), problem.type(), problem.detail()));
            }
        }
        return new ImportReport(kind.path(), dryRun, counts[RowResult.Outcome.CREATED.ordinal()],
                counts[RowResult.Outcome.UNCHANGED.ordinal()], counts[RowResult.Outcome.UPDATED.ordinal()],
                counts[RowResult.Outcome.REFUSED.ordinal()], lines);
    }
}
