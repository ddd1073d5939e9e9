package org.peipao.ops.security;

import org.peipao.ops.PeipaoProperties;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Who may do what (the table of the security issue): HTTP Basic over configured users by default, or JWT bearer
 * tokens of an OAuth2 identity provider, both stateless; in basic mode the web console's session too
 * ({@link ConsoleSignIn}). Mentors' ownership of projects is checked further in,
 * by the aggregates, from the actor each command carries.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] READERS = {"ADMIN", "MENTOR", "AUDITOR"};

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityProperties properties, LoginThrottle throttle,
                            JwtActors jwtActors, Environment environment) throws Exception {
        long importsMax = Binder.get(environment).bind("peipao.imports.max-size", DataSize.class)
                .orElse(DataSize.ofMegabytes(10)).toBytes();
        boolean basic = properties.mode() == SecurityProperties.Mode.BASIC;
        ConsoleSignIn.configure(http, basic);
        http.cors(cors -> cors.configurationSource(cors(properties.corsAllowedOrigins())))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(p -> p.policy(SecurityHeaders.PERMISSIONS_POLICY)))
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses.unauthorized(basic))
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .authorizeHttpRequests(this::rules)
                // before anything reads a body, security included, and after the headers: a 413 carries them too
                .addFilterAfter(new BodyLimit(properties.maxBodySize().toBytes(), importsMax), HeaderWriterFilter.class);
        if (basic) {
            http.httpBasic(b -> b.authenticationEntryPoint(ProblemResponses.unauthorized(true)))
                    .addFilterBefore(new ThrottledSignIn(throttle), UsernamePasswordAuthenticationFilter.class);
        } else {
            http.oauth2ResourceServer(o -> o.authenticationEntryPoint(ProblemResponses.unauthorized(false))
                    .accessDeniedHandler(ProblemResponses.forbidden())
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtActors)));
        }
        return http.build();
    }

    private void rules(
            org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<HttpSecurity>
                    .AuthorizationManagerRequestMatcherRegistry rules) {
        ConsoleSignIn.permitConsole(rules);
        rules.requestMatchers(EndpointRequest.to("health")).permitAll()
                .requestMatchers(EndpointRequest.to("prometheus")).hasAnyRole("METRICS", "ADMIN")
                .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("ADMIN")
                .requestMatchers("/api/v1/audit/**").hasAnyRole("ADMIN", "AUDITOR")
                .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/v1/milestones").hasAnyRole("ADMIN", "AUDITOR")
                .requestMatchers("/api/v1/imports/**").hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, SignedInController.ME).authenticated()
                .requestMatchers(HttpMethod.GET, "/api/v1/**").hasAnyRole(READERS)
                .requestMatchers(HttpMethod.POST, "/api/v1/projects/*/milestones", "/api/v1/projects/*/landings",
                        "/api/v1/challenges/*/match").hasAnyRole("ADMIN", "MENTOR")
                .requestMatchers("/api/v1/**").hasRole("ADMIN")
                .anyRequest().authenticated();
    }

    /**
     * A request the firewall refuses (a "//", ";" or encoded "." in its path, say) is a 400 problem. Left to
     * the default, it goes on to /error, where nobody is signed in, and even an administrator would get a 401.
     * The chain's header writer has not run yet: the answer writes the security headers itself.
     */
    @Bean
    RequestRejectedHandler requestRejected() {
        return (request, response, rejected) -> {
            SecurityHeaders.writeTo(request, response);
            ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                    "the request's path or headers are not allowed");
        };
    }

    @Bean
    LoginThrottle loginThrottle(Clock clock, SecurityProperties properties) {
        return new LoginThrottle(clock, properties.login());
    }

    @Bean
    ThrottledSignIn.Outcomes signInOutcomes(LoginThrottle throttle) {
        return new ThrottledSignIn.Outcomes(throttle);
    }

    @Bean
    JwtActors jwtActors(SecurityProperties properties) {
        return new JwtActors(properties.jwt());
    }

    /** Basic mode's users: the configured ones, or the initial admin when none is configured. */
    @Bean
    AuthenticationManager authenticationManager(SecurityProperties properties, PeipaoProperties peipao, Clock clock,
                                                org.springframework.context.ApplicationEventPublisher events) {
        List<SecurityProperties.User> users = properties.users().isEmpty() && properties.mode() == SecurityProperties.Mode.BASIC
                ? List.of(InitialAdmin.load(peipao.dataDir())) : properties.users();
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new ConfiguredUsers(users));
        passwords.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        ProviderManager manager = new ProviderManager(new VerifiedCredentials(passwords, clock, Duration.ofMinutes(5)));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    private static CorsConfigurationSource cors(List<String> allowedOrigins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!allowedOrigins.isEmpty()) {
            CorsConfiguration api = new CorsConfiguration();
            api.setAllowedOrigins(allowedOrigins);
            api.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
            api.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Correlation-Id"));
            api.setExposedHeaders(List.of("Location", "X-Correlation-Id"));
            api.setMaxAge(Duration.ofHours(1));
            source.registerCorsConfiguration("/api/**", api);
        }
        return source;
    }
}
