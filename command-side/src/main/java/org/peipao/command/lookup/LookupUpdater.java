package org.peipao.command.lookup;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.peipao.api.challenge.ChallengeClosedEvent;
import org.peipao.api.challenge.ChallengeMatchedEvent;
import org.peipao.api.challenge.ChallengePostedEvent;
import org.peipao.api.challenge.ChallengeSolvedEvent;
import org.peipao.api.companion.CompanionProfileUpdatedEvent;
import org.peipao.api.companion.CompanionRegisteredEvent;
import org.peipao.api.companion.CompanionReinstatedEvent;
import org.peipao.api.companion.CompanionRetiredEvent;
import org.peipao.api.companion.CompanionSuspendedEvent;
import org.peipao.api.project.CompanionAssignedEvent;
import org.peipao.api.project.CompanionReleasedEvent;
import org.peipao.api.project.ProjectIncubationStartedEvent;
import org.peipao.api.project.ProjectLandedEvent;
import org.peipao.api.project.ProjectRegisteredEvent;
import org.peipao.api.project.ProjectWithdrawnEvent;
import org.peipao.command.lookup.CommandLookups.AggregateKind;
import org.peipao.command.shared.RuleViolation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static org.peipao.command.lookup.LookupTables.ASSIGNMENTS;
import static org.peipao.command.lookup.LookupTables.CHALLENGES;
import static org.peipao.command.lookup.LookupTables.COMPANIONS;
import static org.peipao.command.lookup.LookupTables.IDS;
import static org.peipao.command.lookup.LookupTables.PROJECTS;

/**
 * Keeps the command-side look-ups, in the transaction that stores the events (a subscribing processor
 * whose errors propagate). The aggregates check the look-ups before they decide; the guarded updates
 * here are the backstop for two commands racing on different aggregates: the row lock serialises them
 * and a violated guard rolls the whole unit of work back, events included.
 */
@Component
@ProcessingGroup(LookupUpdater.PROCESSING_GROUP)
public class LookupUpdater {

    public static final String PROCESSING_GROUP = "command-lookups";

    private final JdbcTemplate jdbc;

    LookupUpdater(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CompanionRegisteredEvent event) {
        registerId(event.companionId(), AggregateKind.COMPANION);
        jdbc.update("INSERT INTO " + COMPANIONS + " (id, status, capacity, active_assignments) VALUES (?, 'ACTIVE', ?, 0)",
                event.companionId(), event.capacity());
    }

    @EventHandler
    void on(CompanionProfileUpdatedEvent event) {
        int updated = jdbc.update("UPDATE " + COMPANIONS + " SET capacity = ? WHERE id = ? AND active_assignments <= ?",
                event.capacity(), event.companionId(), event.capacity());
        RuleViolation.require(updated == 1, "capacity-below-active-assignments",
                "companion " + event.companionId() + " has more active assignments than the new capacity");
    }

    @EventHandler
    void on(CompanionSuspendedEvent event) {
        jdbc.update("UPDATE " + COMPANIONS + " SET status = 'SUSPENDED' WHERE id = ?", event.companionId());
    }

    @EventHandler
    void on(CompanionReinstatedEvent event) {
        jdbc.update("UPDATE " + COMPANIONS + " SET status = 'ACTIVE' WHERE id = ?", event.companionId());
    }

    @EventHandler
    void on(CompanionRetiredEvent event) {
        int updated = jdbc.update("UPDATE " + COMPANIONS + " SET status = 'RETIRED' WHERE id = ? AND active_assignments = 0",
                event.companionId());
        RuleViolation.require(updated == 1, "companion-has-active-assignments",
                "companion " + event.companionId() + " still accompanies projects");
    }

    @EventHandler
    void on(ProjectRegisteredEvent event) {
        registerId(event.projectId(), AggregateKind.PROJECT);
        jdbc.update("INSERT INTO " + PROJECTS + " (id, stage) VALUES (?, 'REGISTERED')", event.projectId());
    }

    @EventHandler
    void on(CompanionAssignedEvent event) {
        int updated = jdbc.update("UPDATE " + COMPANIONS + " SET active_assignments = active_assignments + 1"
                + " WHERE id = ? AND status = 'ACTIVE' AND active_assignments < capacity", event.companionId());
        RuleViolation.require(updated == 1, "companion-not-available",
                "companion " + event.companionId() + " is no longer active or has reached its capacity");
        jdbc.update("INSERT INTO " + ASSIGNMENTS + " (project_id, companion_id) VALUES (?, ?)",
                event.projectId(), event.companionId());
    }

    @EventHandler
    void on(CompanionReleasedEvent event) {
        jdbc.update("UPDATE " + COMPANIONS + " SET active_assignments = active_assignments - 1"
                + " WHERE id = ? AND active_assignments > 0", event.companionId());
        jdbc.update("DELETE FROM " + ASSIGNMENTS + " WHERE project_id = ? AND companion_id = ?",
                event.projectId(), event.companionId());
    }

    @EventHandler
    void on(ProjectIncubationStartedEvent event) {
        setStage(event.projectId(), "INCUBATING");
    }

    @EventHandler
    void on(ProjectLandedEvent event) {
        setStage(event.projectId(), "LANDED");
    }

    @EventHandler
    void on(ProjectWithdrawnEvent event) {
        setStage(event.projectId(), "WITHDRAWN");
    }

    @EventHandler
    void on(ChallengePostedEvent event) {
        registerId(event.challengeId(), AggregateKind.CHALLENGE);
        jdbc.update("INSERT INTO " + CHALLENGES + " (id, status) VALUES (?, 'POSTED')", event.challengeId());
    }

    @EventHandler
    void on(ChallengeMatchedEvent event) {
        // Touching the project's row locks it against a concurrent withdrawal.
        int open = jdbc.update("UPDATE " + PROJECTS + " SET stage = stage WHERE id = ? AND stage <> 'WITHDRAWN'",
                event.projectId());
        RuleViolation.require(open == 1, "project-withdrawn", "project " + event.projectId() + " was withdrawn");
        jdbc.update("UPDATE " + CHALLENGES + " SET status = 'MATCHED', project_id = ? WHERE id = ?",
                event.projectId(), event.challengeId());
    }

    @EventHandler
    void on(ChallengeSolvedEvent event) {
        jdbc.update("UPDATE " + CHALLENGES + " SET status = 'SOLVED' WHERE id = ?", event.challengeId());
    }

    @EventHandler
    void on(ChallengeClosedEvent event) {
        jdbc.update("UPDATE " + CHALLENGES + " SET status = 'CLOSED' WHERE id = ?", event.challengeId());
    }

    private void registerId(String id, AggregateKind kind) {
        jdbc.update("INSERT INTO " + IDS + " (id, kind) VALUES (?, ?)", id, kind.name());
    }

    private void setStage(String projectId, String stage) {
        jdbc.update("UPDATE " + PROJECTS + " SET stage = ? WHERE id = ?", stage, projectId);
    }
}
