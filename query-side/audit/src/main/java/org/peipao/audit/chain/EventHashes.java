package org.peipao.audit.chain;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.peipao.api.MetaDataKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tamper-evident chain of each event stream: an event's hash is a SHA-256 over a canonical form of its
 * type, revision, sequence, timestamp (milliseconds), payload (JSON with sorted keys), actor metadata and the
 * previous event's hash. The same function hashes an event when it is stored and when a verification reads
 * it back from the database.
 */
public final class EventHashes {

    /** The "previous hash" of a stream's first event. */
    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final List<String> ACTOR_KEYS = List.of(MetaDataKeys.ACTOR, MetaDataKeys.ACTOR_ROLES,
            MetaDataKeys.ACTOR_COMPANION_ID, MetaDataKeys.CORRELATION_ID);

    private EventHashes() {
    }

    public static String hash(String previousHash, String type, String revision, long sequence, Instant timestamp,
                              byte[] payloadJson, Map<String, ?> metaData) {
        StringBuilder canonical = new StringBuilder("peipao-chain-v1\n")
                .append(type).append('\n')
                .append(revision == null ? "" : revision).append('\n')
                .append(sequence).append('\n')
                .append(timestamp.truncatedTo(ChronoUnit.MILLIS)).append('\n')
                .append(canonicalJson(payloadJson)).append('\n');
        for (String key : ACTOR_KEYS) {
            Object value = metaData.get(key);
            canonical.append(key).append('=').append(value == null ? "" : value).append('\n');
        }
        canonical.append(previousHash);
        return sha256(canonical.toString());
    }

    /** The metadata of a stored event (its JSON column), as the chain reads it. */
    public static Map<String, Object> metaData(byte[] json) {
        if (json == null || json.length == 0) {
            return Map.of();
        }
        try {
            Map<String, Object> values = new TreeMap<>();
            JSON.readTree(json).fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable event metadata", e);
        }
    }

    /** SHA-256 in lower-case hexadecimal. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    private static String canonicalJson(byte[] json) {
        try {
            return sorted(JSON.readTree(json)).toString();
        } catch (IOException e) {
            return "unreadable:" + sha256(new String(json, StandardCharsets.UTF_8));
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            var copy = JSON.getNodeFactory().objectNode();
            new TreeMap<String, JsonNode>(toMap(node)).forEach((key, value) -> copy.set(key, sorted(value)));
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.getNodeFactory().arrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    private static Map<String, JsonNode> toMap(JsonNode node) {
        Map<String, JsonNode> fields = new TreeMap<>();
        node.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
        return fields;
    }
}
