package org.peipao.ops.console;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** In jwt mode the console is served and says how to sign in; there is no form, no session and no cookie. */
@JwtModeServer
class JwtModeSignInIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theConsoleIsServedTheApiAsksForABearerTokenAndTheFormSignsNobodyIn() {
        SessionClient browser = new SessionClient(port);
        HttpResponse<String> page = browser.loadConsole();
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).as("no session, no CSRF token").isEmpty();

        HttpResponse<String> me = browser.get("/api/v1/me", "X-Requested-With", "XMLHttpRequest");
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("WWW-Authenticate")).as("what the console reads to explain the way in")
                .hasValue("Bearer");

        HttpResponse<String> form = browser.get("/login");
        assertThat(form.statusCode()).as("no sign-in page of Spring's own").isEqualTo(401);
    }
}
