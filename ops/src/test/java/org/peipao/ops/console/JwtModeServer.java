package org.peipao.ops.console;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole server in jwt mode, its identity provider never asked (no test here presents a token): the tests of
 * the console in that mode share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "peipao.security.mode=jwt", "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/jwks",
        "spring.security.oauth2.resourceserver.jwt.audiences=peipao"})
@ActiveProfiles("test")
@interface JwtModeServer {
}
