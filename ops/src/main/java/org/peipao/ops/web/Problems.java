package org.peipao.ops.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** RFC 9457 problem details with Peipao's stable type URIs. */
public final class Problems {

    public static final String TYPES = "https://peipao.org/problems/";

    private Problems() {
    }

    public record FieldError(String field, String message) {
    }

    public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail validation(List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatusCode.valueOf(400), "validation", "Invalid request",
                errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields are invalid");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** An answer of {@code status} whose body is the problem {@link #of} the same arguments. */
    static ResponseEntity<Object> answer(HttpStatus status, String type, String title, String detail) {
        return ResponseEntity.status(status).body(of(status, type, title, detail));
    }

    /** The type of a problem the framework raised, by its status. */
    static String typeFor(int status) {
        return STATUS_TYPES.getOrDefault(status, status >= 500 ? "internal-error" : "bad-request");
    }

    private static final Map<Integer, String> STATUS_TYPES = Map.of(
            400, "bad-request",
            401, "unauthorized",
            403, "forbidden",
            404, "not-found",
            405, "method-not-allowed",
            406, "not-acceptable",
            409, "conflict",
            413, "payload-too-large",
            415, "unsupported-media-type");
}
