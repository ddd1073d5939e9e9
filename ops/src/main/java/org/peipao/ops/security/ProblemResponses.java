package org.peipao.ops.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.peipao.ops.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** Security refusals written as problem details, saying no more than the status does. */
final class ProblemResponses {

    // the mix-in Spring MVC uses too: only the problem's members, none of ProblemDetail's bean properties
    private static final ObjectMapper JSON = new ObjectMapper()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);

    private ProblemResponses() {
    }

    static void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        ProblemDetail problem = Problems.of(status, type, title, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }

    /**
     * A 401 that asks for the mode's scheme; Basic with {@code charset="UTF-8"} (RFC 7617), so that clients send
     * non-ASCII passwords in UTF-8. Basic is not asked of the console's scripts (they say
     * {@code X-Requested-With: XMLHttpRequest}): the browser would answer it with its own password dialog. A failed
     * sign-in from an address over its failure rate is a 429 instead.
     */
    static AuthenticationEntryPoint unauthorized(boolean basic) {
        return (request, response, exception) -> {
            if (tooManyFromAddress(request, response)) {
                return;
            }
            if (!basic) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            } else if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"peipao\", charset=\"UTF-8\"");
            }
            writeUnauthorized(response);
        };
    }

    /** A failed sign-in with the console's form: a 401 that asks for nothing, or a 429 as for HTTP Basic. */
    static AuthenticationFailureHandler failedSignIn() {
        return (request, response, exception) -> {
            if (!tooManyFromAddress(request, response)) {
                writeUnauthorized(response);
            }
        };
    }

    private static void writeUnauthorized(HttpServletResponse response) throws IOException {
        write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", "valid credentials are required");
    }

    /** A 429 that says, in whole seconds rounded up (at least 1), when to try again. */
    static void writeTooManyFailedSignIns(HttpServletResponse response, Duration wait) throws IOException {
        long seconds = wait.plusNanos(999_999_999).toSeconds();
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, seconds)));
        write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-failed-sign-ins", "Too many failed sign-ins",
                "try again later");
    }

    /** Answers 429 if the sign-in came from an address over its failure rate ({@link ThrottledSignIn}); says so. */
    private static boolean tooManyFromAddress(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<Duration> wait = ThrottledSignIn.addressWait(request);
        if (wait.isPresent()) {
            writeTooManyFailedSignIns(response, wait.get());
        }
        return wait.isPresent();
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "your role does not allow this");
    }
}
