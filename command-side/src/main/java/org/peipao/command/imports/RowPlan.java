package org.peipao.command.imports;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The commands one row becomes: a first command (a registration), then, once it is answered, the further commands
 * its answer calls for (an update of what was registered with other details, the assignments of a new project).
 *
 * @param row     the row's number
 * @param id      the id the row is keyed by
 * @param first   the first command; {@code null} when the row's cells could not even make one
 * @param refusal the problems of a row that makes no command (bad cells)
 * @param next    what follows the first command's answer
 * @param shares  the ids of other aggregates whose state the row's commands depend on and change (the companions a
 *                project row assigns, whose capacity it uses): a dry run rehearses a row after the earlier rows that
 *                share one
 */
record RowPlan(int row, String id, Object first, List<RowResult.Problem> refusal, Function<Answer, Next> next,
               Set<String> shares) {

    /**
     * The first command's answer.
     *
     * @param existed whether the id named an aggregate before the import
     * @param refused the refusal, or {@code null} when it was accepted
     */
    record Answer(boolean existed, Refusal refused) {
        boolean accepted() {
            return refused == null;
        }
    }

    /**
     * What follows: either the row is settled ({@code settled}), or {@code commands} are sent and the row's outcome
     * is {@code outcome} when all are accepted. {@code field} names the column a refusal of them is about.
     */
    record Next(RowResult.Outcome settled, List<RowResult.Problem> problems, List<Object> commands,
                RowResult.Outcome outcome, String field) {

        static Next settled(RowResult.Outcome outcome) {
            return new Next(outcome, List.of(), List.of(), null, null);
        }

        static Next refused(List<RowResult.Problem> problems) {
            return new Next(RowResult.Outcome.REFUSED, problems, List.of(), null, null);
        }

        static Next send(List<Object> commands, RowResult.Outcome outcome, String field) {
            return commands.isEmpty() ? settled(outcome) : new Next(null, List.of(), commands, outcome, field);
        }
    }

    static RowPlan invalid(int row, String id, List<RowResult.Problem> problems) {
        return new RowPlan(row, id, null, List.copyOf(problems), answer -> Next.refused(problems), Set.of());
    }

    /** A row whose commands depend on no other row. */
    static RowPlan of(int row, String id, Object first, Function<Answer, Next> next) {
        return new RowPlan(row, id, first, List.of(), next, Set.of());
    }
}
