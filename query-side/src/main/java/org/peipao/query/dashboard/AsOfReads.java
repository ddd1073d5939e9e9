package org.peipao.query.dashboard;

import org.bson.Document;
import org.peipao.query.shared.MongoCollections;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A scratch copy laid over the dashboard as it stood at a {@linkplain Checkpoints checkpoint}: writes go to the
 * scratch; a document the scratch lacks is read as it was at the checkpoint, from the live read model: the live
 * document if it has not changed since, else its {@link PastVersion} (absent if it did not exist then). A dashboard
 * projection writing here, fed the events after the checkpoint, gives the dashboard as of any later position.
 */
public final class AsOfReads implements DashboardReads {

    private final MongoTemplate mongo;
    private final UnaryOperator<String> scratch;
    private final UnaryOperator<String> live;
    private final long checkpoint;
    private final long position;

    /**
     * @param scratch    the scratch copy's collection of each logical one
     * @param live       the live read model's collection of each logical one
     * @param position   the checkpoint's global position (a multiple of {@code every})
     */
    public AsOfReads(MongoTemplate mongo, UnaryOperator<String> scratch, UnaryOperator<String> live, long position,
                     long every) {
        this.mongo = mongo;
        this.scratch = scratch;
        this.live = live;
        this.checkpoint = position / every;
        this.position = position;
    }

    @Override
    public String collection(String logical) {
        return scratch.apply(logical);
    }

    @Override
    public <D> Map<String, D> byIds(String logical, Class<D> type, Collection<String> ids, Function<D, String> idOf) {
        Map<String, D> found = DashboardReads.of(mongo, scratch).byIds(logical, type, ids, idOf);
        List<String> missing = ids.stream().filter(id -> !found.containsKey(id)).toList();
        if (missing.isEmpty()) {
            return found;
        }
        List<String> versionIds = new ArrayList<>();
        for (Document current : MongoCollections.findByIds(mongo, missing, Document.class, live.apply(logical))) {
            long last = current.get("lastEventIndex") instanceof Number n ? n.longValue() : Long.MAX_VALUE;
            if (last <= position) {
                D document = mongo.getConverter().read(type, current);
                found.put(idOf.apply(document), document);
            } else {
                KeptCheckpoints.latestAtOrBefore(KeptCheckpoints.of(current), checkpoint)
                        .ifPresent(k -> versionIds.add(PastVersion.idOf(String.valueOf(current.get("_id")), k)));
            }
        }
        if (!versionIds.isEmpty()) {
            for (PastVersion version : MongoCollections.findByIds(mongo, versionIds, PastVersion.class,
                    live.apply(Checkpoints.history(logical)))) {
                D document = mongo.getConverter().read(type, version.state);
                found.put(idOf.apply(document), document);
            }
        }
        return found;
    }
}
