package org.peipao.ops.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Fixtures;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's sign-in over real HTTP: a session cookie that scripts cannot read, CSRF protection of every write
 * made with it, sign-out, and API clients exactly as before (stateless, a 401 problem without credentials).
 */
@ServerTest
class SignInIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ServerProperties server;

    @Test
    void theConsoleIsPublicAndItsPageHandsOutTheCsrfTokenCookie() {
        SessionClient browser = new SessionClient(port);
        HttpResponse<String> page = browser.loadConsole();
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<script type=\"module\" src=\"/app/main.js\">");
        assertThat(SessionClient.setCookie(page, SessionClient.CSRF_COOKIE)).hasValueSatisfying(cookie ->
                assertThat(cookie).as("the console's script reads it").doesNotContainIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
        assertThat(SessionClient.setCookie(page, "JSESSIONID")).as("nobody signed in: no session").isEmpty();
        for (String file : new String[]{"/app/main.js", "/app/style.css", "/webjars/echarts/5.3.1/dist/echarts.esm.min.js"}) {
            assertThat(browser.get(file).statusCode()).as(file).isEqualTo(200);
        }
    }

    @Test
    void signingInGivesAnHttpOnlyLaxSessionCookieThatIsNotSecureOverPlainHttp() throws IOException {
        SessionClient browser = new SessionClient(port);
        HttpResponse<String> signedIn = browser.signIn("mentor", "mentor-secret");

        assertThat(signedIn.statusCode()).isEqualTo(204);
        assertThat(SessionClient.setCookie(signedIn, "JSESSIONID")).hasValueSatisfying(cookie ->
                assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                        .doesNotContainIgnoringCase("Secure"));
        JsonNode me = JSON.readTree(browser.get("/api/v1/me").body());
        assertThat(me.path("name").asText()).isEqualTo("mentor");
        assertThat(me.path("roles").toString()).isEqualTo("[\"MENTOR\"]");
        assertThat(me.path("companionId").asText()).isEqualTo(TestUsers.MENTOR_COMPANION);
        assertThat(me.path("zone").asText()).as("the office's time zone").isEqualTo("Asia/Shanghai");
        assertThat(server.getServlet().getSession().getTimeout()).as("the idle timeout").isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aSessionWriteWithoutTheCsrfTokenIsRefusedAndTheSameWriteWithItIsMade() {
        SessionClient browser = new SessionClient(port);
        browser.signIn("admin", "admin-secret");
        String body = Fixtures.companionBody(Ids.unique("companion"));

        HttpResponse<String> without = browser.post("/api/v1/companions", body, false);
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.body()).contains("https://peipao.org/problems/forbidden");
        assertThat(browser.post("/api/v1/companions", body, true).statusCode()).isEqualTo(201);
    }

    @Test
    void signingOutEndsTheSession() {
        SessionClient browser = new SessionClient(port);
        browser.signIn("auditor", "auditor-secret");
        assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(200);

        assertThat(browser.signOut().statusCode()).isEqualTo(204);
        assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsA401ProblemThatAsksForNoPasswordDialog() {
        HttpResponse<String> refused = new SessionClient(port).signIn("admin", "not-the-password");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("https://peipao.org/problems/unauthorized");
        assertThat(refused.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(SessionClient.setCookie(refused, "JSESSIONID")).isEmpty();
    }

    @Test
    void apiClientsAreUnchangedA401ProblemWithoutCredentialsAndNoCookiesWithThem() {
        SessionClient anonymous = new SessionClient(port);
        for (String accept : new String[]{"application/json", "text/html"}) {
            HttpResponse<String> refused = anonymous.get("/api/v1/projects", "Accept", accept);
            assertThat(refused.statusCode()).as(accept).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.headers().firstValue("Location")).as("never a redirect").isEmpty();
            assertThat(refused.headers().firstValue("WWW-Authenticate"))
                    .hasValue("Basic realm=\"peipao\", charset=\"UTF-8\"");
            assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
        }
        HttpResponse<String> fromTheConsole = anonymous.get("/api/v1/me", "X-Requested-With", "XMLHttpRequest");
        assertThat(fromTheConsole.statusCode()).isEqualTo(401);
        assertThat(fromTheConsole.headers().firstValue("WWW-Authenticate"))
                .as("the console's scripts get no Basic challenge, which would open the browser's password dialog").isEmpty();

        Api.Response basic = TestUsers.ADMIN.api(port).post("/api/v1/companions",
                Fixtures.companionBody(Ids.unique("companion")));
        assertThat(basic.status()).as("HTTP Basic needs no CSRF token").isEqualTo(201);
        assertThat(basic.headers().get("Set-Cookie")).as("HTTP Basic stays stateless").isNull();
        Api.Response me = TestUsers.AUDITOR.api(port).get("/api/v1/me");
        assertThat(me.text("name")).isEqualTo("auditor");
        assertThat(me.headers().get("Set-Cookie")).isNull();
    }
}
