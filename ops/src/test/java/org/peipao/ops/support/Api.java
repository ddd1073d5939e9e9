package org.peipao.ops.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** A client of the running server over real HTTP: every call answers its status, headers and JSON body. */
public class Api {

    /** Decimals are read exactly, as the server wrote them (100.50 stays 100.50). */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private final RestClient client;

    public Api(String baseUrl) {
        this(baseUrl, headers -> { });
    }

    public Api(String baseUrl, Consumer<HttpHeaders> defaultHeaders) {
        this.client = RestClient.builder().baseUrl(baseUrl).defaultHeaders(defaultHeaders)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    public record Response(int status, HttpHeaders headers, JsonNode body) {
        public String text(String field) {
            return body.path(field).asText();
        }

        /** The problem type's last segment, e.g. {@code companion-over-capacity}. */
        public String problemType() {
            String type = body.path("type").asText();
            return type.substring(type.lastIndexOf('/') + 1);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Response get(String path) {
        return exchange(HttpMethod.GET, path, null, null);
    }

    /** A GET with one more request header, e.g. {@code Peipao-Min-Position}. */
    public Response get(String path, String header, String value) {
        return client.get().uri(path).header(header, value).exchange((req, res) ->
                new Response(res.getStatusCode().value(), res.getHeaders(), parse(res.getBody().readAllBytes())));
    }

    public Response post(String path, String json) {
        return exchange(HttpMethod.POST, path, json, MediaType.APPLICATION_JSON);
    }

    public Response put(String path, String json) {
        return exchange(HttpMethod.PUT, path, json, MediaType.APPLICATION_JSON);
    }

    public Response delete(String path) {
        return exchange(HttpMethod.DELETE, path, null, null);
    }

    public Response exchange(HttpMethod method, String path, String body, MediaType contentType) {
        return exchange(method, path, body, contentType, null);
    }

    /** A call that also sends {@code Accept: accept} (none when {@code null}), e.g. an export's {@code text/csv}. */
    public Response exchange(HttpMethod method, String path, String body, MediaType contentType, String accept) {
        RestClient.RequestBodySpec request = client.method(method).uri(path);
        if (accept != null) {
            request.header(HttpHeaders.ACCEPT, accept);
        }
        if (body != null) {
            request.contentType(contentType).body(body);
        }
        return request.exchange((req, res) -> {
            byte[] bytes = res.getBody().readAllBytes();
            return new Response(res.getStatusCode().value(), res.getHeaders(), parse(bytes));
        });
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return bytes.length == 0 ? JSON.missingNode() : JSON.readTree(bytes);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** Builds JSON bodies from alternating names and values, e.g. {@code json("name", "Li", "capacity", 3)}. */
    public static String json(Object... namesAndValues) {
        var node = JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            node.set((String) namesAndValues[i], JSON.valueToTree(namesAndValues[i + 1]));
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
