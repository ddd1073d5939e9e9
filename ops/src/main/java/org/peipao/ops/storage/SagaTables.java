package org.peipao.ops.storage;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The process manager's tables in Axon's default shape, created when missing (Axon's own DDL has no
 * {@code IF NOT EXISTS} and stores sagas as BLOBs, which bloat HSQLDB).
 */
final class SagaTables {

    private SagaTables() {
    }

    static void create(JdbcTemplate jdbc, SqlDialect dialect) {
        jdbc.execute("CREATE TABLE IF NOT EXISTS SagaEntry (sagaId VARCHAR(255) NOT NULL, revision VARCHAR(255),"
                + " sagaType VARCHAR(255), serializedSaga " + dialect.binaryType() + ", PRIMARY KEY (sagaId))");
        jdbc.execute("CREATE TABLE IF NOT EXISTS AssociationValueEntry (id " + dialect.identityType() + " NOT NULL,"
                + " associationKey VARCHAR(255), associationValue VARCHAR(255), sagaId VARCHAR(255),"
                + " sagaType VARCHAR(255), PRIMARY KEY (id))");
        jdbc.execute("CREATE INDEX IF NOT EXISTS AssociationValueEntry_lookup"
                + " ON AssociationValueEntry (sagaType, associationKey, associationValue)");
        jdbc.execute("CREATE INDEX IF NOT EXISTS AssociationValueEntry_saga ON AssociationValueEntry (sagaId, sagaType)");
    }
}
