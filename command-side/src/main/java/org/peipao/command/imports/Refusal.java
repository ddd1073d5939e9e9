package org.peipao.command.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.peipao.command.shared.NotPermitted;
import org.peipao.command.shared.RuleViolation;
import org.peipao.command.shared.UnknownEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A command's refusal in the API's terms: what {@code ops/.../web/ProblemMapping} answers over HTTP (the status, the
 * problem type's name, the detail, and for bad input the field), so that an import reports the same reasons.
 *
 * @param problems one per field at fault (one for a business rule)
 */
record Refusal(List<RowResult.Problem> problems) {

    private static final Logger log = LoggerFactory.getLogger(Refusal.class);

    /** The rule's name ({@code validation}, {@code id-already-used}, ...). */
    String type() {
        return problems.get(0).type();
    }

    /** The violations of a command's constraints, fields named as columns by {@code columns}. */
    static Refusal invalid(Set<? extends ConstraintViolation<?>> violations, UnaryOperator<String> columns) {
        return new Refusal(violations.stream()
                .map(v -> RowResult.Problem.invalid(columns.apply(propertyOf(v.getPropertyPath())), v.getMessage()))
                .sorted(Comparator.comparing(RowResult.Problem::field).thenComparing(RowResult.Problem::detail))
                .toList());
    }

    /**
     * The refusal {@code failure} stands for, searched along its causes as the API does; {@code field} is the column
     * a rule's refusal is about ({@code null} for none).
     */
    static Refusal of(Throwable failure, UnaryOperator<String> columns, String field) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JSR303ViolationException invalid) {
                return invalid(invalid.getViolations(), columns);
            }
            if (cause instanceof NotPermitted notPermitted) {
                return rule(field, 403, notPermitted.rule(), notPermitted.getMessage());
            }
            if (cause instanceof AggregateStreamCreationException || cause instanceof IncompatibleAggregateException) {
                return rule("id", 409, "id-already-used", "the id already names another resource");
            }
            if (cause instanceof RuleViolation violation) {
                return rule(field, 409, violation.rule(), violation.getMessage());
            }
            if (cause instanceof UnknownEntity unknown) {
                return rule(field, 404, "not-found", unknown.getMessage());
            }
            if (cause instanceof AggregateNotFoundException) {
                return rule(field, 404, "not-found", "no such resource");
            }
            if (cause instanceof ConcurrencyException || cause instanceof DuplicateKeyException) {
                return rule(field, 409, "concurrent-modification",
                        "another write to the same resource came first; import the row again");
            }
        }
        log.error("an imported row's command failed", failure);
        return rule(null, 500, "internal-error", "the row could not be handled; the server's log has the cause");
    }

    static Refusal rule(String field, int status, String type, String detail) {
        String column = field == null && "id-already-used".equals(type) ? "id" : field;
        return new Refusal(List.of(new RowResult.Problem(column, status, type, detail)));
    }

    /** The command's property a violation is about: {@code domains}, not {@code domains[1].<list element>}. */
    private static String propertyOf(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                return node.getName();
            }
        }
        return path.toString();
    }
}
