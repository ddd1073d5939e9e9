package org.peipao.ops.web;

import org.peipao.audit.AsOfBusy;
import org.peipao.audit.ReceiptInvalid;
import org.peipao.command.imports.SheetRefused;
import org.peipao.query.rebuild.RebuildRefused;
import org.peipao.query.shared.BadParameter;
import org.peipao.query.shared.NotFound;
import org.peipao.query.shared.ReadYourWrites.ReadModelBehind;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/**
 * The RFC 9457 problems for the refusals the modules name themselves: the read side's ({@link NotFound},
 * {@link BadParameter}, {@link ReadModelBehind}, {@link RebuildRefused}), the audit's ({@link AsOfBusy},
 * {@link ReceiptInvalid}) and the imports' ({@link SheetRefused}). Consulted before {@link ProblemMapping}, whose
 * catch-all would otherwise answer them, so such a refusal is found also among the causes of another exception.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModuleProblems {

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Object> notFound(NotFound notFound) {
        return Problems.answer(HttpStatus.NOT_FOUND, "not-found", "Not found", notFound.getMessage());
    }

    @ExceptionHandler(BadParameter.class)
    ResponseEntity<Object> badParameter(BadParameter ex) {
        return ResponseEntity.badRequest().body(Problems.validation(List.of(
                new Problems.FieldError(ex.parameter(), ex.getMessage()))));
    }

    /** A read sent with {@code Peipao-Min-Position} whose read model is further behind than a read waits for. */
    @ExceptionHandler(ReadModelBehind.class)
    ResponseEntity<Object> readModelBehind(ReadModelBehind behind) {
        return retryLater(behind.retryAfterSeconds(), "read-model-behind", "Read model behind", behind.getMessage());
    }

    /** Every as-of answer the server runs at once stayed busy for the wait ({@code peipao.audit.as-of-*}). */
    @ExceptionHandler(AsOfBusy.class)
    ResponseEntity<Object> asOfBusy(AsOfBusy busy) {
        return retryLater(busy.retryAfterSeconds(), "as-of-busy", "As-of answers busy", busy.getMessage());
    }

    /** A {@code 503} problem with {@code Retry-After} (seconds): the request may succeed as it is, later. */
    private static ResponseEntity<Object> retryLater(int seconds, String type, String title, String detail) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, type, title, detail));
    }

    /** A verification receipt this server did not sign, or that was changed since. */
    @ExceptionHandler(ReceiptInvalid.class)
    ResponseEntity<Object> receiptInvalid(ReceiptInvalid invalid) {
        return Problems.answer(HttpStatus.BAD_REQUEST, "receipt-invalid", "Receipt invalid", invalid.getMessage());
    }

    /**
     * A spreadsheet import refused as a whole (unreadable, hostile, too large, headers that do not fit, from another
     * site's page): its own status and type, and {@code errors} naming each header at fault. Answered as
     * {@code application/problem+json} whatever the import's {@code Accept} asked for (CSV or XLSX reports).
     */
    @ExceptionHandler(SheetRefused.class)
    ResponseEntity<Object> sheetRefused(SheetRefused refused) {
        HttpStatusCode status = HttpStatusCode.valueOf(refused.status());
        ProblemDetail problem = Problems.of(status, refused.type(), refused.title(), refused.getMessage());
        if (!refused.errors().isEmpty()) {
            problem.setProperty("errors", refused.errors());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(RebuildRefused.class)
    ResponseEntity<Object> rebuildRefused(RebuildRefused refused) {
        return Problems.answer(HttpStatus.CONFLICT, refused.reason(), HttpStatus.CONFLICT.getReasonPhrase(),
                refused.getMessage());
    }
}
