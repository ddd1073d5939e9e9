package org.peipao.command.lookup;

import org.peipao.api.challenge.ChallengeStatus;
import org.peipao.api.companion.CompanionStatus;
import org.peipao.api.project.ProjectStage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static org.peipao.command.lookup.LookupTables.ASSIGNMENTS;
import static org.peipao.command.lookup.LookupTables.CHALLENGES;
import static org.peipao.command.lookup.LookupTables.COMPANIONS;
import static org.peipao.command.lookup.LookupTables.IDS;
import static org.peipao.command.lookup.LookupTables.PROJECTS;

@Component
class JdbcCommandLookups implements CommandLookups {

    private final JdbcTemplate jdbc;

    JdbcCommandLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CompanionFacts> companion(String companionId) {
        return jdbc.query("SELECT status, capacity, active_assignments FROM " + COMPANIONS + " WHERE id = ?",
                (rs, row) -> new CompanionFacts(companionId, CompanionStatus.valueOf(rs.getString(1)),
                        rs.getInt(2), rs.getInt(3)), companionId).stream().findFirst();
    }

    @Override
    public Optional<ProjectFacts> project(String projectId) {
        return jdbc.query("SELECT stage FROM " + PROJECTS + " WHERE id = ?",
                (rs, row) -> new ProjectFacts(projectId, ProjectStage.valueOf(rs.getString(1))), projectId)
                .stream().findFirst();
    }

    @Override
    public Optional<ChallengeFacts> challenge(String challengeId) {
        return jdbc.query("SELECT status, project_id FROM " + CHALLENGES + " WHERE id = ?",
                (rs, row) -> new ChallengeFacts(challengeId, ChallengeStatus.valueOf(rs.getString(1)),
                        rs.getString(2)), challengeId).stream().findFirst();
    }

    @Override
    public boolean isAssigned(String projectId, String companionId) {
        return !jdbc.queryForList("SELECT 1 FROM " + ASSIGNMENTS + " WHERE project_id = ? AND companion_id = ?",
                Integer.class, projectId, companionId).isEmpty();
    }

    @Override
    public Optional<AggregateKind> aggregateKind(String id) {
        return jdbc.query("SELECT kind FROM " + IDS + " WHERE id = ?",
                (rs, row) -> AggregateKind.valueOf(rs.getString(1)), id).stream().findFirst();
    }
}
