package org.peipao.ops.security;

import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Repeated failed sign-ins lock the user name and the client's address out for a while. Its own context
 * (and so its own throttle): the lock-out covers 127.0.0.1, every test's address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"peipao.security.login.max-failures=3", "peipao.security.login.lockout=3s"})
@ActiveProfiles("test")
class LoginThrottleIntegrationTests {

    @LocalServerPort
    int port;

    private Api as(String user, String password) {
        return new Api("http://localhost:" + port, headers -> headers.setBasicAuth(user, password));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserAreRefusedAlikeAndLockOutUntilTheLockoutPasses() {
        var unknownUser = as("nobody", "guess").get("/api/v1/projects");
        var wrongPassword = as("auditor", "guess").get("/api/v1/projects");
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).as("nothing tells a wrong password from an unknown user")
                .isEqualTo(unknownUser.body());
        assertThat(TestUsers.AUDITOR.api(port).get("/api/v1/projects").status())
                .as("two failures are below the limit of three").isEqualTo(200);
        assertThat(as("auditor", "guess").get("/api/v1/projects").status()).isEqualTo(401);

        var locked = TestUsers.AUDITOR.api(port).get("/api/v1/projects");
        assertThat(locked.status()).as("even the right password waits: %s", locked).isEqualTo(429);
        assertThat(Long.parseLong(locked.headers().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 3L);
        assertThat(locked.headers().getContentType()).hasToString(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(locked.problemType()).isEqualTo("too-many-failed-sign-ins");
        assertThat(locked.body().path("status").asInt()).isEqualTo(429);
        assertThat(TestUsers.ADMIN.api(port).get("/api/v1/projects").status())
                .as("the address is locked out too, whoever signs in from it").isEqualTo(429);
        assertThat(new Api("http://localhost:" + port).get("/actuator/health").status())
                .as("what needs no sign-in stays open").isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(TestUsers.AUDITOR.api(port).get("/api/v1/projects").status())
                        .isEqualTo(200));
        assertThat(TestUsers.ADMIN.api(port).get("/api/v1/projects").status()).isEqualTo(200);
    }
}
