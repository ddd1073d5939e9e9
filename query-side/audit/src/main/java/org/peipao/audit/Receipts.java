package org.peipao.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs verification receipts and checks them. A receipt is a compact JWS (ES256, EC P-256, {@code kid} in its
 * header, {@code typ} {@value #TYPE}) whose payload is {@code {"headPosition": n, "digest": "<hex>", "checkedAt":
 * "<UTC instant>"}}. The key pair is generated at the first start and kept, private part included, in
 * {@code peipao.audit.receipt-key-file} (default {@code <data-dir>/audit/receipt-key.jwk}, readable by the owner
 * only); its public half is published by {@code GET /api/v1/audit/keys}.
 */
@Component
class Receipts {

    static final String TYPE = "peipao-receipt+jws";

    /** The claims of a receipt whose signature holds. */
    record Claims(long headPosition, String digest, Instant checkedAt, String keyId) {
    }

    private final ECKey key;
    private final ObjectMapper json;

    Receipts(AuditProperties properties, @Value("${peipao.data-dir:./data}") Path dataDir, ObjectMapper json) {
        this.json = json;
        this.key = loadOrCreate(properties.receiptKeyFile() != null ? properties.receiptKeyFile()
                : dataDir.resolve("audit").resolve("receipt-key.jwk"));
    }

    /** A receipt for the log up to {@code headPosition}, whose {@link LogDigest} is {@code digest}. */
    String sign(long headPosition, String digest, Instant checkedAt) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("headPosition", headPosition);
        claims.put("digest", digest);
        claims.put("checkedAt", checkedAt.toString());
        try {
            JWSObject receipt = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                    .type(new JOSEObjectType(TYPE)).build(), new Payload(json.writeValueAsString(claims)));
            receipt.sign(new ECDSASigner(key));
            return receipt.serialize();
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException("cannot sign a receipt", e);
        }
    }

    /** The public keys receipts are checked with. */
    JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }

    /** The claims of {@code compact}, once its signature is found to be ours; {@link ReceiptInvalid} otherwise. */
    Claims verify(String compact) {
        JWSObject receipt;
        try {
            receipt = JWSObject.parse(compact.strip());
        } catch (ParseException e) {
            throw new ReceiptInvalid("the receipt is not a compact JWS");
        }
        JWSHeader header = receipt.getHeader();
        if (!JWSAlgorithm.ES256.equals(header.getAlgorithm())) {
            throw new ReceiptInvalid("the receipt is not signed with ES256");
        }
        if (!key.getKeyID().equals(header.getKeyID())) {
            throw new ReceiptInvalid("the receipt names a key this server does not hold");
        }
        try {
            if (!receipt.verify(new ECDSAVerifier(key.toECPublicKey()))) {
                throw new ReceiptInvalid("the receipt's signature does not match its content");
            }
        } catch (JOSEException e) {
            throw new ReceiptInvalid("the receipt's signature cannot be checked");
        }
        try {
            JsonNode claims = json.readTree(receipt.getPayload().toString());
            JsonNode head = claims.path("headPosition");
            String digest = claims.path("digest").asText();
            if (!head.canConvertToLong() || head.asLong() < 0 || !digest.matches("[0-9a-f]{64}")) {
                throw new ReceiptInvalid("the receipt's claims are not a receipt's");
            }
            return new Claims(head.asLong(), digest, Instant.parse(claims.path("checkedAt").asText()),
                    header.getKeyID());
        } catch (IOException | DateTimeParseException e) {
            throw new ReceiptInvalid("the receipt's claims are not a receipt's");
        }
    }

    private static ECKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return JWK.parse(Files.readString(file, StandardCharsets.UTF_8)).toECKey();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the receipt key " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("the receipt key " + file + " is not a JWK", e);
        }
    }

    /** Writes a new key beside the file, then moves it in place unless another process was first. */
    private static void create(Path file) throws IOException {
        ECKey generated;
        try {
            generated = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a receipt key", e);
        }
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "receipt-key", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // the file system has no POSIX permissions; the data directory's own protection applies
            }
            Files.writeString(temporary, generated.toJSONString(), StandardCharsets.UTF_8);
            Files.move(temporary, file); // fails if another process created the key meanwhile: theirs is kept
        } catch (FileAlreadyExistsException keepTheirs) {
            // another process created it first
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
