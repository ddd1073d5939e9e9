package org.peipao.command.web;

import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The global position of the last event each recent command stored, keyed by the command message's identifier. The
 * event store records it once the command's events are committed; the sender takes it to answer the write. Bounded:
 * positions nobody takes (commands of the seed or the solving process) are forgotten, oldest first.
 */
@Component
public class WritePositions {

    /** Positions kept at most; far more than the commands in flight at once. */
    static final int CAPACITY = 10_000;

    private final Map<String, Long> positions = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Called once the events of the command {@code commandId} are committed; {@code position} is the last one's. */
    public synchronized void record(String commandId, long position) {
        positions.put(commandId, position);
    }

    /** The position the command {@code commandId} stored its last event at, if it stored any. */
    public synchronized Optional<Long> take(String commandId) {
        return Optional.ofNullable(positions.remove(commandId));
    }
}
