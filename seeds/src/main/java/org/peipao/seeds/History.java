package org.peipao.seeds;

import org.peipao.api.IndustryDomain;
import org.peipao.api.challenge.MatchChallengeCommand;
import org.peipao.api.challenge.PostChallengeCommand;
import org.peipao.api.project.AssignCompanionCommand;
import org.peipao.api.project.AssignmentRole;
import org.peipao.api.project.LandingForm;
import org.peipao.api.project.MilestoneType;
import org.peipao.api.project.RecordLandingCommand;
import org.peipao.api.project.RegisterProjectCommand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The commands of the history being written, in order, with the seed's id schemes and the steps the
 * sections share. It remembers each project's lead companion and the day it was first accompanied, so that
 * later steps are dated after it.
 */
final class History {

    private final List<Object> commands = new ArrayList<>();
    private final Map<String, String> leads = new HashMap<>();
    private final Map<String, LocalDate> accompaniedSince = new HashMap<>();
    private int milestones;
    private int landings;

    void add(Object command) {
        commands.add(command);
    }

    List<Object> commands() {
        return List.copyOf(commands);
    }

    void registerProject(String id, String title, IndustryDomain domain, String source, String origin,
                         String teamLead, String summary) {
        add(new RegisterProjectCommand(id, title, domain, source, origin, teamLead, summary));
    }

    void assign(String projectId, String companionId, AssignmentRole role, LocalDate since) {
        add(new AssignCompanionCommand(projectId, companionId, role, since));
        if (role == AssignmentRole.LEAD) {
            leads.put(projectId, companionId);
        }
        accompaniedSince.merge(projectId, since, (a, b) -> a.isBefore(b) ? a : b);
    }

    String lead(String projectId) {
        return leads.get(projectId);
    }

    LocalDate accompaniedSince(String projectId) {
        LocalDate since = accompaniedSince.get(projectId);
        if (since == null) {
            throw new IllegalStateException("project " + projectId + " has no companion yet");
        }
        return since;
    }

    MilestoneDraft milestone(String projectId, MilestoneType type, LocalDate occurredOn, String summary) {
        milestones++;
        return new MilestoneDraft(this, projectId, String.format("seed-m-%05d", milestones), type, occurredOn, summary);
    }

    void land(String projectId, String district, String park, LandingForm form, BigDecimal signedAmountCny,
              LocalDate signedOn) {
        landings++;
        add(new RecordLandingCommand(projectId, String.format("seed-l-%03d", landings), district, park, form,
                signedAmountCny, signedOn));
    }

    /** An enterprise's problem, matched to the project by its lead companion and solved by a verified milestone. */
    void solve(String challengeId, Enterprises.Enterprise enterprise, IndustryDomain domain, String title,
               String projectId, LocalDate solvedOn) {
        add(new PostChallengeCommand(challengeId, enterprise.name(), enterprise.code(), domain, title, null));
        add(new MatchChallengeCommand(challengeId, projectId, lead(projectId)));
        milestone(projectId, MilestoneType.TECH_PROBLEM_SOLVED, solvedOn, "解决难题：" + title)
                .challenge(challengeId).verified();
    }
}
