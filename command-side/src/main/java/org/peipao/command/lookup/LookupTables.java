package org.peipao.command.lookup;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Creates the look-up tables at start-up, next to the events, in plain SQL that HSQLDB and PostgreSQL share. */
@Component
class LookupTables implements InitializingBean {

    static final String IDS = "peipao_aggregate_ids";
    static final String COMPANIONS = "peipao_companion_lookup";
    static final String PROJECTS = "peipao_project_lookup";
    static final String CHALLENGES = "peipao_challenge_lookup";
    static final String ASSIGNMENTS = "peipao_assignment_lookup";

    private final JdbcTemplate jdbc;

    LookupTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + IDS
                + " (id VARCHAR(255) NOT NULL PRIMARY KEY, kind VARCHAR(16) NOT NULL)");
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + COMPANIONS
                + " (id VARCHAR(255) NOT NULL PRIMARY KEY, status VARCHAR(16) NOT NULL,"
                + " capacity INTEGER NOT NULL, active_assignments INTEGER NOT NULL)");
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + PROJECTS
                + " (id VARCHAR(255) NOT NULL PRIMARY KEY, stage VARCHAR(16) NOT NULL)");
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + CHALLENGES
                + " (id VARCHAR(255) NOT NULL PRIMARY KEY, status VARCHAR(16) NOT NULL, project_id VARCHAR(255))");
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + ASSIGNMENTS
                + " (project_id VARCHAR(255) NOT NULL, companion_id VARCHAR(255) NOT NULL,"
                + " PRIMARY KEY (project_id, companion_id))");
    }
}
