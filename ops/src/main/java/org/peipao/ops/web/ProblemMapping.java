package org.peipao.ops.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.peipao.command.shared.NotPermitted;
import org.peipao.command.shared.RuleViolation;
import org.peipao.command.shared.UnknownEntity;
import org.peipao.ops.security.BodyLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.Comparator;
import java.util.List;

/**
 * Turns an exception into an RFC 9457 problem, for every endpoint of both sides (after {@link ModuleProblems}):
 * <ul>
 *   <li>bad input is a {@code 400} naming the field ({@code validation});</li>
 *   <li>a command whose fields break its constraints is a {@code 400} naming each field;</li>
 *   <li>a broken business rule is a {@code 409} whose type names the rule ({@link RuleViolation}); a command its
 *       actor may not give is a {@code 403} named the same way ({@link NotPermitted});</li>
 *   <li>something unknown is a {@code 404} ({@link UnknownEntity});</li>
 *   <li>a write that lost a race is a {@code 409} {@code concurrent-modification};</li>
 *   <li>framework refusals keep their status with a stable type;</li>
 *   <li>anything unexpected is a bare {@code 500}, logged here (never a stack trace or class name in the answer).</li>
 * </ul>
 * Refusals written before a request reaches a controller (security, body size) use the same {@link Problems}, and the
 * refusals each module names itself are answered by {@link ModuleProblems}, consulted first.
 */
@RestControllerAdvice
class ProblemMapping extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemMapping.class);

    /**
     * The command side's refusals. They may arrive wrapped (a rule guarded by the look-ups fails while the unit of
     * work commits), so the cause chain is searched.
     */
    @ExceptionHandler({RuleViolation.class, UnknownEntity.class, AggregateNotFoundException.class,
            ConcurrencyException.class, DuplicateKeyException.class, CommandExecutionException.class,
            JSR303ViolationException.class, AggregateStreamCreationException.class})
    ResponseEntity<Object> commandRefused(Exception thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof JSR303ViolationException invalid) {
                return badRequest(Problems.validation(invalid.getViolations().stream()
                        .map(v -> new Problems.FieldError(JsonPaths.of(v.getPropertyPath()), v.getMessage()))
                        .sorted(Comparator.comparing(Problems.FieldError::field))
                        .toList()));
            }
            if (cause instanceof NotPermitted notPermitted) {
                return Problems.answer(HttpStatus.FORBIDDEN, notPermitted.rule(), "Not permitted",
                        notPermitted.getMessage());
            }
            if (cause instanceof AggregateStreamCreationException) {
                return Problems.answer(HttpStatus.CONFLICT, "id-already-used", "Business rule violated",
                        "the id is already used by another resource created at the same time");
            }
            if (cause instanceof RuleViolation violation) {
                return Problems.answer(HttpStatus.CONFLICT, violation.rule(), "Business rule violated",
                        violation.getMessage());
            }
            if (cause instanceof UnknownEntity unknown) {
                return Problems.answer(HttpStatus.NOT_FOUND, "not-found", "Not found", unknown.getMessage());
            }
            if (cause instanceof AggregateNotFoundException) {
                return Problems.answer(HttpStatus.NOT_FOUND, "not-found", "Not found", "no such resource");
            }
            if (cause instanceof ConcurrencyException || cause instanceof DuplicateKeyException) {
                return Problems.answer(HttpStatus.CONFLICT, "concurrent-modification", "Concurrent modification",
                        "another write to the same resource came first; read it again and retry");
            }
        }
        return unexpected(thrown);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Problems.FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new Problems.FieldError(e.getField(), e.getDefaultMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return badRequest(Problems.validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<Problems.FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors body
                        // a request body's own fields, named as in the JSON
                        ? body.getFieldErrors().stream().map(e -> new Problems.FieldError(e.getField(), e.getDefaultMessage()))
                        : result.getResolvableErrors().stream().map(error -> new Problems.FieldError(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return badRequest(Problems.validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ResponseEntity<Object> tooLarge = tooLarge(ex);
        if (tooLarge != null) {
            return tooLarge;
        }
        Throwable cause = ex.getCause();
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return badRequest(Problems.validation(List.of(new Problems.FieldError(JsonPaths.of(mapping),
                    JsonPaths.messageFor(mapping)))));
        }
        String detail = cause instanceof JsonProcessingException
                ? "the body is not well-formed JSON" : "a JSON body is required";
        return badRequest(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", detail));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ex.getPropertyName();
        String message = "cannot be '" + ex.getValue() + "'" + JsonPaths.allowedValues(ex.getRequiredType());
        return badRequest(Problems.validation(List.of(new Problems.FieldError(name, message))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers,
                                                                          HttpStatusCode status,
                                                                          WebRequest request) {
        return badRequest(Problems.validation(List.of(new Problems.FieldError(ex.getParameterName(),
                "is required"))));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolated(ConstraintViolationException ex) {
        List<Problems.FieldError> errors = ex.getConstraintViolations().stream()
                .map(v -> new Problems.FieldError(JsonPaths.lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return badRequest(Problems.validation(errors));
    }

    /** A header the firewall refuses (a control character, say), met only when the request's headers are read. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException ex) {
        return badRequest(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                "the request has a header that is not allowed"));
    }

    /** A multipart body (a spreadsheet import's file) that cannot even be parsed is the client's fault, or too large. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException ex) {
        ResponseEntity<Object> tooLarge = tooLarge(ex);
        if (tooLarge != null) {
            return tooLarge;
        }
        return badRequest(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                "the multipart body cannot be read"));
    }

    /** No endpoint answers this method and path (Spring would say "No static resource ..."). */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return noSuchEndpoint(ex.getHttpMethod().name(), request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getRequestURI() : "/" + ex.getResourcePath());
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex, HttpHeaders headers,
                                                                   HttpStatusCode status, WebRequest request) {
        return noSuchEndpoint(ex.getHttpMethod(), ex.getRequestURL());
    }

    private static ResponseEntity<Object> noSuchEndpoint(String method, String path) {
        String detail = "there is no endpoint " + method + " " + path
                + (path.length() > 1 && path.endsWith("/") ? " (paths do not end with '/')" : "");
        return Problems.answer(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
    }

    /** A clear word on the media type, also when none was sent (bodyless POSTs too must say they send JSON). */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        String accepted = ex.getSupportedMediaTypes().isEmpty() ? "application/json"
                : ex.getSupportedMediaTypes().stream().map(Object::toString).distinct()
                        .collect(java.util.stream.Collectors.joining(", "));
        String detail = ex.getContentType() == null
                ? "the request has no Content-Type; send Content-Type: " + accepted
                : "Content-Type " + ex.getContentType() + " is not accepted here; send " + accepted;
        ProblemDetail problem = Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Problems.typeFor(415),
                "Unsupported Media Type", detail);
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        log.error("request failed", ex);
        return Problems.answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "the request could not be completed; the correlation id in the X-Correlation-Id header identifies it");
    }

    /** Problems the framework built itself get Peipao's type for their status. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(URI.create(Problems.TYPES + Problems.typeFor(statusCode.value())));
        }
        return response;
    }

    /** {@code 413} when the body was cut off at its limit ({@link BodyLimit.TooLarge} among the causes), else null. */
    @Nullable
    private static ResponseEntity<Object> tooLarge(Throwable ex) {
        for (Throwable c = ex; c != null; c = c.getCause()) {
            if (c instanceof BodyLimit.TooLarge) {
                return Problems.answer(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large",
                        c.getMessage());
            }
        }
        return null;
    }

    private static ResponseEntity<Object> badRequest(ProblemDetail problem) {
        return ResponseEntity.badRequest().body(problem);
    }
}
