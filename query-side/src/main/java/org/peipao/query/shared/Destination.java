package org.peipao.query.shared;

import java.util.List;

/**
 * Where a projection writes each of its logical collections, and what a replay does to them. A live read model
 * writes where the {@code ReadModelCatalog} says, and a replay rebuilds it into fresh collections while readers keep
 * the old ones ({@link org.peipao.query.rebuild.ReadModelCatalog#destination}); a {@link CopyDestination} (an as-of view, a verification's
 * shadow) writes under a prefix of its own, and a replay empties it.
 */
public interface Destination {

    /** The physical collection that holds the logical one (e.g. {@code projects}) for this destination. */
    String collection(String logical);

    /** A replay of the projection begins: its collections are to be rebuilt from the first event. */
    void reset(List<String> logicals);
}
