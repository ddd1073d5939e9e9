package org.peipao.command.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.peipao.command.CommandSideConfiguration;
import org.peipao.command.shared.RuleViolation;
import org.peipao.command.shared.UnknownEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/**
 * Refusals of the command side as RFC 9457 problems: a broken business rule is a {@code 409} whose type
 * names the rule; an unknown aggregate or part of one is a {@code 404}. Exceptions may arrive wrapped
 * (a rule guarded by the look-ups fails while the unit of work commits), so the cause chain is searched.
 */
@RestControllerAdvice(basePackageClasses = CommandSideConfiguration.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandProblems {

    private static final Logger log = LoggerFactory.getLogger(CommandProblems.class);
    private static final String TYPES = "https://peipao.org/problems/";

    @ExceptionHandler({RuleViolation.class, UnknownEntity.class, AggregateNotFoundException.class,
            ConcurrencyException.class, DuplicateKeyException.class, CommandExecutionException.class})
    ResponseEntity<ProblemDetail> refused(Exception thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return problem(HttpStatus.CONFLICT, violation.rule(), "Business rule violated", violation.getMessage());
            }
            if (cause instanceof UnknownEntity unknown) {
                return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", unknown.getMessage());
            }
            if (cause instanceof AggregateNotFoundException) {
                return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "no such resource");
            }
            if (cause instanceof ConcurrencyException || cause instanceof DuplicateKeyException) {
                return problem(HttpStatus.CONFLICT, "concurrent-modification", "Concurrent modification",
                        "another write to the same resource came first; read it again and retry");
            }
        }
        log.error("command failed", thrown);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "the request could not be completed");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
