package org.peipao.audit;

import org.peipao.audit.chain.EventHashes;

import java.util.function.LongConsumer;

/**
 * The digest that receipts sign: a running SHA-256 over every event in the order of its global position,
 * {@code d(p) = sha256("peipao-log-v1", d(previous), p, aggregate id, sequence, hash of the event's content)}, starting
 * from {@link EventHashes#GENESIS}. It covers the content of every stored event up to a position, whatever the
 * recorded chain says, so it can be extended event by event (an incremental run starts from a stored value) and a
 * later recomputation up to the same position differs as soon as any event at or before it was altered, deleted,
 * inserted or moved.
 */
final class LogDigest {

    private LogDigest() {
    }

    /** The digest after {@code event}, given the digest before it. */
    static String next(String previous, StoredEvent event) {
        String content = EventHashes.hash(EventHashes.GENESIS, event.payloadType(), event.revision(), event.sequence(),
                event.timestamp(), event.payload(), EventHashes.metaData(event.metaData()));
        return EventHashes.sha256("peipao-log-v1\n" + previous + "\n" + event.globalPosition() + "\n"
                + event.aggregateId() + "\n" + event.sequence() + "\n" + content);
    }

    /**
     * The digest of the events after {@code after} up to {@code head} (both global positions), starting from
     * {@code digestAtAfter}; {@code visited} hears the position of each event folded in.
     */
    static String extend(EventLog log, String digestAtAfter, long after, long head, LongConsumer visited) {
        String[] digest = {digestAtAfter};
        boolean[] past = {false};
        log.scan(after, event -> {
            if (event.globalPosition() > head) {
                past[0] = true;
                return;
            }
            digest[0] = next(digest[0], event);
            visited.accept(event.globalPosition());
        }, () -> past[0]);
        return digest[0];
    }

    /** The digest of the whole log up to {@code head}. */
    static String upTo(EventLog log, long head, LongConsumer visited) {
        return extend(log, EventHashes.GENESIS, 0, head, visited);
    }
}
