package org.peipao.ops.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.peipao.ops.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

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
     * A 401 that asks for the mode's scheme. Basic is not asked of the console's scripts (they say
     * {@code X-Requested-With: XMLHttpRequest}): the browser would answer it with its own password dialog.
     */
    static AuthenticationEntryPoint unauthorized(boolean basic) {
        return (request, response, exception) -> {
            if (!basic) {
                response.setHeader("WWW-Authenticate", "Bearer");
            } else if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"peipao\"");
            }
            writeUnauthorized(response);
        };
    }

    static void writeUnauthorized(HttpServletResponse response) throws IOException {
        write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", "valid credentials are required");
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "your role does not allow this");
    }
}
