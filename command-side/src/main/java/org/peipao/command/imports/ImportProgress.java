package org.peipao.command.imports;

import java.util.EnumMap;
import java.util.Map;

/**
 * How far an import has come: rows settled of all rows, by outcome. Read by other threads while the import runs.
 */
final class ImportProgress {

    private final ImportKind kind;
    private final boolean dryRun;
    private final int rows;
    private final Map<RowResult.Outcome, Integer> outcomes = new EnumMap<>(RowResult.Outcome.class);
    private int done;
    private boolean finished;

    ImportProgress(ImportKind kind, boolean dryRun, int rows) {
        this.kind = kind;
        this.dryRun = dryRun;
        this.rows = rows;
    }

    /**
     * A snapshot for clients.
     *
     * @param kind     what is imported
     * @param dryRun   whether nothing is stored
     * @param rows     the file's data rows
     * @param done     rows settled so far
     * @param created  rows that created something so far, and so on
     * @param finished whether every row is settled
     */
    record View(String kind, boolean dryRun, int rows, int done, int created, int unchanged, int updated,
                int refused, boolean finished) {
    }

    synchronized void settled(RowResult.Outcome outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
        done++;
    }

    synchronized void finish() {
        finished = true;
    }

    synchronized int done() {
        return done;
    }

    int rows() {
        return rows;
    }

    synchronized View view() {
        return new View(kind.path(), dryRun, rows, done, count(RowResult.Outcome.CREATED),
                count(RowResult.Outcome.UNCHANGED), count(RowResult.Outcome.UPDATED),
                count(RowResult.Outcome.REFUSED), finished);
    }

    private int count(RowResult.Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }
}
