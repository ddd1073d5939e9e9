package org.peipao.ops.storage;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * A document as the embedded read-model store keeps it in an H2 MVStore map: the {@link Document} it was given, until
 * MVStore first writes it to the file, and from then on its BSON bytes only.
 * <p>
 * MVStore writes a changed map page whole, every document on it (up to 48) included. Written as documents, each
 * neighbour of a changed document was BSON-encoded again at every commit that touched its page: in the benchmark's
 * profile of a dashboard rebuild (issue 14), a third of the server's CPU was H2's serialisation thread encoding
 * documents that had not changed. A document is now encoded once, when its page is first written, and a page written
 * again copies the bytes of the documents it already held. Documents read from the file keep their bytes and are
 * decoded when a query reads them, each time into a copy of their own.
 * <p>
 * A stored document never changes: a changed document is stored as a new one ({@link ReadModelCollection}).
 */
final class StoredDocument {

    /** The document it was given, until its bytes are known; {@code null} from then on. */
    private volatile Document document;
    /** Its BSON bytes (a document starts with its length, little-endian); {@code null} until first encoded. */
    private volatile byte[] bson;

    /**
     * An estimate of its heap size in bytes, made when MVStore first asks (it asks for a sample of the values, for a
     * running average per map): made for every document, walking a large one cost a fifth of the embedded store's
     * request threads in the profile of a dashboard rebuild.
     */
    private long memory = -1;

    private StoredDocument(Document document, byte[] bson) {
        this.document = document;
        this.bson = bson;
    }

    /** The document to store; the caller changes it no more. */
    static StoredDocument of(Document document) {
        return new StoredDocument(document, null);
    }

    /**
     * The document to store, as its BSON bytes at once: for a map of an in-memory store (a scratch copy's), which
     * MVStore never writes, so {@link #of} would hold the {@link Document} itself, several times the size of its bytes
     * (an as-of answer's scratch copy held 18.5 MB in the middle of an answer on the benchmark's 100,000-event store,
     * 2026-12-03). Each read decodes a copy, as a read from the file does. The caller changes it no more.
     */
    static StoredDocument encoded(Document document) {
        StoredDocument stored = new StoredDocument(document, null);
        stored.bson();
        return stored;
    }

    /** A document read from the file, as the bytes of one BSON document. */
    static StoredDocument ofBson(byte[] bson) {
        return new StoredDocument(null, bson);
    }

    /** Its BSON bytes, encoded at the first call. Callers must not change the array. */
    byte[] bson() {
        byte[] bytes = bson;
        if (bytes == null) {
            Document given = document;
            if (given == null) {
                return bson; // encoded by another thread meanwhile: it sets the bytes before it lets the document go
            }
            bytes = encode(given);
            bson = bytes;
            document = null;
        }
        return bytes;
    }

    /** Whether it holds its BSON bytes only (it was encoded, or read from the file). */
    boolean encoded() {
        return document == null;
    }

    /** A copy of the document that the caller may change. */
    Document copy() {
        Document given = document;
        return given != null ? given.cloneDeeply() : decode(bson);
    }

    /**
     * The document, to read and not to change: the stored one while it is held, otherwise decoded from its bytes (a
     * copy of its own).
     */
    Document view() {
        Document given = document;
        return given != null ? given : decode(bson);
    }

    /** An estimate of its heap size in bytes, for MVStore's page cache: of its bytes once it has them. */
    synchronized long memory() {
        if (memory < 0) {
            byte[] bytes = bson;
            memory = 32 + (bytes != null ? 16L + bytes.length : BsonDocuments.memoryOf(document));
        }
        return memory;
    }

    private static byte[] encode(Document document) {
        ByteBuf buffer = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, buffer);
            byte[] bytes = new byte[buffer.readableBytes()];
            buffer.readBytes(bytes);
            return bytes;
        } finally {
            buffer.release();
        }
    }

    private static Document decode(byte[] bson) {
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }
}
