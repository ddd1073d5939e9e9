package org.peipao.query.rebuild;

import org.peipao.query.ReadModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/**
 * Replays a read model whose documents an earlier version laid out otherwise ({@link ReadModels#ofEarlierLayout}: a
 * dashboard of an earlier checkpoint layout, projects that hold their milestones and timeline whole). Readers keep the
 * current documents until the replay has caught up ({@link ReadModelRebuilds}), as with a replay asked for by an
 * administrator. Checked a second after start-up and every 30 s after, because the replay is refused while another
 * process holds the processor's tokens (during a rolling restart, or until a crashed process's claim expires).
 */
@Component
public class ReadModelUpgrades {

    private static final Logger log = LoggerFactory.getLogger(ReadModelUpgrades.class);

    private final MongoTemplate mongo;
    private final ReadModelCatalog catalog;
    private final ReadModelRebuilds rebuilds;
    private final Set<String> refusedBefore = new HashSet<>();

    ReadModelUpgrades(MongoTemplate mongo, ReadModelCatalog catalog, ReadModelRebuilds rebuilds) {
        this.mongo = mongo;
        this.catalog = catalog;
        this.rebuilds = rebuilds;
    }

    /**
     * Starts the replay of each read model whose collections its processor writes are of an earlier layout; a replay
     * refused because another process holds the processor is tried again at the next check (and logged once).
     */
    @Scheduled(initialDelayString = "PT1S", fixedDelayString = "PT30S")
    public synchronized void replayOutdatedReadModels() {
        for (ReadModels model : ReadModels.values()) {
            if (model.ofEarlierLayout(mongo, catalog.destination(model.processor())::collection)) {
                replay(model.processor());
            }
        }
    }

    private void replay(String processor) {
        try {
            rebuilds.rebuild(processor);
            log.warn("the {} read model's documents were of an earlier layout: replaying it from the first event"
                    + " (its current documents answer until the replay has caught up)", processor);
        } catch (RebuildRefused busy) {
            if (refusedBefore.add(processor)) {
                log.warn("the {} read model's documents are of an earlier layout, but its replay cannot start here yet"
                        + " ({}); trying again every 30 s", processor, busy.getMessage());
            }
        }
    }
}
