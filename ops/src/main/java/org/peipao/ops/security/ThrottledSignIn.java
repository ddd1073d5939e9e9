package org.peipao.ops.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Applies the {@link LoginThrottle} to every sign-in attempt (HTTP Basic, or the console's sign-in form): a locked
 * account is refused with {@code 429} before any password is checked; an attempt from an address over its failure
 * rate goes on, marked, and fails with {@code 429} ({@link ProblemResponses}) but signs in with a correct password.
 * {@link Outcomes} feeds the throttle from the outcome of every password check.
 * <p>
 * Basic credentials are UTF-8 (RFC 7617, which the challenge says); those whose bytes are not UTF-8 are read as
 * ISO-8859-1, the encoding of RFC 2617 that clients not told a charset still send. Spring Security's converter
 * reads UTF-8 only, so such a request goes on with its {@code Authorization} header re-encoded in UTF-8: the name the
 * throttle counts is then the one that is checked.
 */
class ThrottledSignIn extends OncePerRequestFilter {

    private static final String ADDRESS_WAIT = ThrottledSignIn.class.getName() + ".addressWait";
    private static final String BASIC = "Basic ";

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
        Optional<BasicCredentials> basic = BasicCredentials.of(request.getHeader(HttpHeaders.AUTHORIZATION));
        // both, when both come: the form is checked first, and Basic credentials must not let its account by
        List<String> users = Stream.concat(basic.map(BasicCredentials::user).stream(), formUser(request).stream())
                .toList();
        if (!users.isEmpty()) {
            Optional<Duration> wait = users.stream().map(throttle::accountLocked).flatMap(Optional::stream)
                    .max(Duration::compareTo);
            if (wait.isPresent()) {
                ProblemResponses.writeTooManyFailedSignIns(response, wait.get());
                return;
            }
            throttle.addressThrottled(request.getRemoteAddr()).ifPresent(w -> request.setAttribute(ADDRESS_WAIT, w));
        }
        chain.doFilter(basic.filter(b -> !b.utf8()).map(b -> b.inUtf8(request)).orElse(request), response);
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

    /**
     * The user name of the console's sign-in form as Spring Security's form filter reads it: trimmed, {@code ""}
     * when the field is missing.
     */
    private static Optional<String> formUser(HttpServletRequest request) {
        if (!ConsoleSignIn.FORM_SIGN_IN.matches(request)) {
            return Optional.empty();
        }
        String name = request.getParameter("username");
        return Optional.of(name == null ? "" : name.trim());
    }

    /** The decoded {@code user:password} of a Basic header, and whether its bytes were UTF-8. */
    private record BasicCredentials(String decoded, boolean utf8) {

        static Optional<BasicCredentials> of(String authorization) {
            if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
                return Optional.empty();
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(authorization.substring(BASIC.length()));
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
            try {
                return Optional.of(new BasicCredentials(
                        StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString(), true));
            } catch (CharacterCodingException notUtf8) {
                return Optional.of(new BasicCredentials(new String(bytes, StandardCharsets.ISO_8859_1), false));
            }
        }

        String user() {
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        }

        /** The request with these credentials in its {@code Authorization} header, encoded in UTF-8. */
        HttpServletRequest inUtf8(HttpServletRequest request) {
            String header = BASIC + Base64.getEncoder().encodeToString(decoded.getBytes(StandardCharsets.UTF_8));
            return new HttpServletRequestWrapper(request) {
                @Override
                public String getHeader(String name) {
                    return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? header : super.getHeader(name);
                }

                @Override
                public Enumeration<String> getHeaders(String name) {
                    return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name)
                            ? Collections.enumeration(List.of(header)) : super.getHeaders(name);
                }
            };
        }
    }
}
