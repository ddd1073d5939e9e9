package org.peipao.ops.security;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.peipao.ops.support.Api;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The access matrix in JWT mode: every principal signs in with a bearer token of the test's own identity provider,
 * carrying its roles (and, for the mentor, its companion id) as claims.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "peipao.security.mode=jwt", "spring.security.oauth2.resourceserver.jwt.audiences=" + TestIdentityProvider.AUDIENCE})
@ActiveProfiles("test")
@AutoConfigureObservability(tracing = false)
class JwtAccessMatrixIntegrationTests extends AccessMatrix {

    @RegisterExtension
    static final TestIdentityProvider IDENTITY = new TestIdentityProvider();

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", IDENTITY::jwkSetUri);
    }

    @Override
    Api as(Who who) {
        return who.claims() == null ? new Api("http://localhost:" + port)
                : TestIdentityProvider.bearer(port, IDENTITY.token(who.claims()));
    }

    @Override
    String challengeScheme() {
        return "Bearer";
    }
}
