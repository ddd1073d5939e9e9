package org.peipao.query.support;

import org.peipao.query.rebuild.ReadModelCatalog;
import org.peipao.query.shared.Destination;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/** The read-model catalog of a test database: every read model under its own name until a rebuild. */
public final class Catalogs {

    private Catalogs() {
    }

    public static ReadModelCatalog of(MongoTemplate mongo) {
        return new ReadModelCatalog(mongo, Clock.systemUTC());
    }

    /** Where the live projection of {@code processor} writes in the test database. */
    public static Destination liveDestination(MongoTemplate mongo, String processor) {
        return of(mongo).destination(processor);
    }
}
