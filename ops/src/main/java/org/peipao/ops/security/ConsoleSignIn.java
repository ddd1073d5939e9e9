package org.peipao.ops.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Set;
import java.util.function.Supplier;

/**
 * The web console's way in. Its static files are public; in basic mode a person signs in with the form fields
 * {@code username} and {@code password} at {@code POST /login} and holds a session cookie (its flags and idle
 * timeout are {@code server.servlet.session.*}), signs out with {@code POST /logout}, and every write made with
 * the session carries the CSRF token of the {@code XSRF-TOKEN} cookie in the {@code X-XSRF-TOKEN} header.
 * Requests with an {@code Authorization} header (HTTP Basic or a bearer token) stay stateless and need no token;
 * jwt mode has no session at all.
 */
final class ConsoleSignIn {

    static final String SIGN_IN = "/login";
    static final String SIGN_OUT = "/logout";
    /** The console's shell page; answering it hands out the CSRF token cookie. */
    private static final Set<String> SHELL = Set.of("/", "/index.html");
    private static final String[] PUBLIC_FILES = {"/", "/index.html", "/app/**", "/webjars/echarts/**"};
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
    static final RequestMatcher FORM_SIGN_IN = PATHS.matcher(HttpMethod.POST, SIGN_IN);
    private static final RequestMatcher SIGN_IN_OR_OUT = request ->
            FORM_SIGN_IN.matches(request) || PATHS.matcher(HttpMethod.POST, SIGN_OUT).matches(request);

    private ConsoleSignIn() {
    }

    /** The console's static files and its sign-in and sign-out are open to everybody. */
    static void permitConsole(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, PUBLIC_FILES).permitAll()
                .requestMatchers(HttpMethod.POST, SIGN_IN, SIGN_OUT).permitAll();
    }

    /** Sessions, the sign-in form, sign-out and CSRF protection in basic mode; stateless and no CSRF in jwt mode. */
    static void configure(HttpSecurity http, boolean basic) throws Exception {
        http.requestCache(cache -> cache.requestCache(new NullRequestCache())); // an API 401 never starts a session
        if (!basic) {
            http.csrf(AbstractHttpConfigurer::disable) // no cookies: nothing for another site to ride on
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
            return;
        }
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        // only the sign-in form starts a session: HTTP Basic and anonymous requests never store one
        http.sessionManagement(s -> s.requireExplicitAuthenticationStrategy(true))
                .csrf(csrf -> csrf.csrfTokenRepository(tokens)
                        .csrfTokenRequestHandler(new ShellHandsOutToken())
                        .requireCsrfProtectionMatcher(ConsoleSignIn::isSessionWrite))
                .formLogin(form -> form.loginPage("/").loginProcessingUrl(SIGN_IN)
                        .usernameParameter("username").passwordParameter("password")
                        .successHandler((request, response, authentication) ->
                                response.setStatus(HttpStatus.NO_CONTENT.value()))
                        // a failed sign-in says no more than any 401, and is throttled as HTTP Basic is
                        .failureHandler(ProblemResponses.failedSignIn()))
                .logout(logout -> logout.logoutUrl(SIGN_OUT)
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)));
    }

    /**
     * A write that may ride on a session cookie: one without an {@code Authorization} header that brings a
     * session, and every sign-in and sign-out. A write with neither credentials nor a session is left to the
     * authorization rules, which answer {@code 401}.
     */
    private static boolean isSessionWrite(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && (request.getRequestedSessionId() != null || SIGN_IN_OR_OUT.matches(request));
    }

    /**
     * Reads the token from the header as it was issued (a cookie is not rendered into pages, so it needs no
     * masking), and issues the cookie whenever the console's shell page is served.
     */
    private static final class ShellHandsOutToken implements CsrfTokenRequestHandler {

        private final CsrfTokenRequestAttributeHandler plain = new CsrfTokenRequestAttributeHandler();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
            plain.handle(request, response, token);
            if (HttpMethod.GET.matches(request.getMethod())
                    && SHELL.contains(request.getRequestURI().substring(request.getContextPath().length()))) {
                token.get();
            }
        }

        @Override
        public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
            return plain.resolveCsrfTokenValue(request, token);
        }
    }
}
