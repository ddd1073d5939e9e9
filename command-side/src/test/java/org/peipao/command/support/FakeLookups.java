package org.peipao.command.support;

import org.peipao.api.challenge.ChallengeStatus;
import org.peipao.api.companion.CompanionStatus;
import org.peipao.api.project.ProjectStage;
import org.peipao.command.lookup.CommandLookups;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** In-memory look-ups for fixture tests: each test states the facts of the other aggregates it needs. */
public class FakeLookups implements CommandLookups {

    private final Map<String, CompanionFacts> companions = new HashMap<>();
    private final Map<String, ProjectFacts> projects = new HashMap<>();
    private final Map<String, ChallengeFacts> challenges = new HashMap<>();
    private final Map<String, AggregateKind> kinds = new HashMap<>();
    private final java.util.Set<String> assignments = new java.util.HashSet<>();

    public FakeLookups assignment(String projectId, String companionId) {
        assignments.add(projectId + "/" + companionId);
        return this;
    }

    @Override
    public boolean isAssigned(String projectId, String companionId) {
        return assignments.contains(projectId + "/" + companionId);
    }

    public FakeLookups companion(String id, CompanionStatus status, int capacity, int activeAssignments) {
        companions.put(id, new CompanionFacts(id, status, capacity, activeAssignments));
        kinds.put(id, AggregateKind.COMPANION);
        return this;
    }

    public FakeLookups project(String id, ProjectStage stage) {
        projects.put(id, new ProjectFacts(id, stage));
        kinds.put(id, AggregateKind.PROJECT);
        return this;
    }

    public FakeLookups challenge(String id, ChallengeStatus status, String projectId) {
        challenges.put(id, new ChallengeFacts(id, status, projectId));
        kinds.put(id, AggregateKind.CHALLENGE);
        return this;
    }

    @Override
    public Optional<CompanionFacts> companion(String companionId) {
        return Optional.ofNullable(companions.get(companionId));
    }

    @Override
    public Optional<ProjectFacts> project(String projectId) {
        return Optional.ofNullable(projects.get(projectId));
    }

    @Override
    public Optional<ChallengeFacts> challenge(String challengeId) {
        return Optional.ofNullable(challenges.get(challengeId));
    }

    @Override
    public Optional<AggregateKind> aggregateKind(String id) {
        return Optional.ofNullable(kinds.get(id));
    }
}
