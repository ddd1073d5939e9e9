package org.peipao.ops.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A client that keeps cookies as a browser does: the console's session and CSRF token cookies, over real HTTP. */
final class SessionClient {

    static final String CSRF_COOKIE = "XSRF-TOKEN";
    static final String CSRF_HEADER = "X-XSRF-TOKEN";

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    SessionClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Loads the console's page, which hands out the CSRF token cookie. */
    HttpResponse<String> loadConsole() {
        return send(HttpRequest.newBuilder(uri("/")).GET());
    }

    /**
     * Signs in with the console's form, sending the CSRF token as its script does, and loads the page again as
     * the console does (signing in replaces the token).
     */
    HttpResponse<String> signIn(String user, String password) {
        loadConsole();
        String form = Map.of("username", user, "password", password).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = send(withToken(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(form))));
        if (answer.statusCode() == 204) {
            loadConsole();
        }
        return answer;
    }

    HttpResponse<String> signOut() {
        return send(withToken(HttpRequest.newBuilder(uri("/logout")).POST(HttpRequest.BodyPublishers.noBody())));
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** A JSON write with the session, with or without the CSRF token. */
    HttpResponse<String> post(String path, String json, boolean withCsrfToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(withCsrfToken ? withToken(request) : request);
    }

    Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    /** The Set-Cookie header of an answer that sets {@code name}, with its attributes. */
    static Optional<String> setCookie(HttpResponse<?> response, String name) {
        List<String> headers = response.headers().allValues("Set-Cookie");
        return headers.stream().filter(header -> header.startsWith(name + "=")).findFirst();
    }

    private HttpRequest.Builder withToken(HttpRequest.Builder request) {
        return request.header(CSRF_HEADER, cookie(CSRF_COOKIE).orElseThrow(() ->
                new IllegalStateException("no CSRF token cookie: the console's page was not loaded")));
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
