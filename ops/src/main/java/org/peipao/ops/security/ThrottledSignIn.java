package org.peipao.ops.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Applies the {@link LoginThrottle} to every sign-in attempt (HTTP Basic, or the console's sign-in form): a locked
 * account is refused with {@code 429} before any password is checked; an attempt from an address over its failure
 * rate goes on, marked, and fails with {@code 429} ({@link ProblemResponses}) but signs in with a correct password.
 * {@link Outcomes} feeds the throttle from the outcome of every password check.
 */
class ThrottledSignIn extends OncePerRequestFilter {

    private static final String ADDRESS_WAIT = ThrottledSignIn.class.getName() + ".addressWait";

    private final LoginThrottle throttle;

    ThrottledSignIn(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    /** How long the address of this sign-in attempt stays over its failure rate, if it is. */
    static Optional<Duration> addressWait(HttpServletRequest request) {
        return request.getAttribute(ADDRESS_WAIT) instanceof Duration wait ? Optional.of(wait) : Optional.empty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> user = basicUser(request.getHeader(HttpHeaders.AUTHORIZATION)).or(() -> formUser(request));
        if (user.isPresent()) {
            Optional<Duration> wait = throttle.accountLocked(user.get());
            if (wait.isPresent()) {
                ProblemResponses.writeTooManyFailedSignIns(response, wait.get());
                return;
            }
            throttle.addressThrottled(request.getRemoteAddr()).ifPresent(w -> request.setAttribute(ADDRESS_WAIT, w));
        }
        chain.doFilter(request, response);
    }

    /** Feeds the throttle from the outcome of every password check: a bean (the filter is not), so it hears them. */
    static class Outcomes {

        private final LoginThrottle throttle;

        Outcomes(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @EventListener
        void on(AuthenticationFailureBadCredentialsEvent failure) {
            Authentication attempt = failure.getAuthentication();
            String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                    ? details.getRemoteAddress() : "unknown";
            throttle.failed(attempt.getName(), String.valueOf(attempt.getCredentials()), address);
        }

        @EventListener
        void on(AuthenticationSuccessEvent success) {
            throttle.succeeded(success.getAuthentication().getName());
        }
    }

    /** The user name of the console's sign-in form ({@code ""} when the field is missing: the attempt still counts). */
    private static Optional<String> formUser(HttpServletRequest request) {
        if (!ConsoleSignIn.FORM_SIGN_IN.matches(request)) {
            return Optional.empty();
        }
        String name = request.getParameter("username");
        return Optional.of(name == null ? "" : name);
    }

    private static Optional<String> basicUser(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
