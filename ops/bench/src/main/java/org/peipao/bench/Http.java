package org.peipao.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The server as a client sees it: HTTP/1.1 (no upgrade attempt on each new connection), Basic auth on every
 * request (the server caches a credential after its first bcrypt check).
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    /** One answer; {@code status} 0 when no answer came (timeout, refused connection). */
    record Answer(int status, String body, String position, long nanos) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (status " + status + "): " + body, e);
            }
        }
    }

    private final String base;
    private final String authorization;
    private final HttpClient client;

    Http(String base, String user, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    /** A GET without credentials (the public health endpoint). */
    Answer getAnonymous(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET());
    }

    Answer post(String path, String json) {
        return post(path, json, Duration.ofSeconds(60));
    }

    Answer post(String path, String json, Duration timeout) {
        return send(request(path).timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization);
    }

    private Answer send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Peipao-Position").orElse(null), System.nanoTime() - start);
        } catch (IOException e) {
            return new Answer(0, e.toString(), null, System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, e.toString(), null, System.nanoTime() - start);
        }
    }
}
