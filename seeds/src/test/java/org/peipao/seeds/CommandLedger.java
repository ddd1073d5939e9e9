package org.peipao.seeds;

import org.peipao.api.challenge.CloseChallengeCommand;
import org.peipao.api.challenge.MatchChallengeCommand;
import org.peipao.api.challenge.PostChallengeCommand;
import org.peipao.api.companion.AwardHonourCommand;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.companion.RegisterCompanionCommand;
import org.peipao.api.companion.RetireCompanionCommand;
import org.peipao.api.companion.SuspendCompanionCommand;
import org.peipao.api.project.AssignCompanionCommand;
import org.peipao.api.project.AssignmentRole;
import org.peipao.api.project.LogMilestoneCommand;
import org.peipao.api.project.MilestoneType;
import org.peipao.api.project.RecordLandingCommand;
import org.peipao.api.project.RegisterProjectCommand;
import org.peipao.api.project.RejectMilestoneCommand;
import org.peipao.api.project.VerifyMilestoneCommand;
import org.peipao.api.project.WithdrawProjectCommand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Plays a seed's commands against the command side's rules, as far as the seed uses them, and keeps what a
 * dashboard would count. A command the command side would refuse fails here, naming its position.
 */
final class CommandLedger {

    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2025, 11, 16);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    static final class Companion {
        final CompanionKind kind;
        final int capacity;
        final List<String> honours = new ArrayList<>();
        String status = "ACTIVE";
        int load;

        Companion(CompanionKind kind, int capacity) {
            this.kind = kind;
            this.capacity = capacity;
        }
    }

    static final class Project {
        final RegisterProjectCommand registration;
        final Map<String, AssignmentRole> companions = new LinkedHashMap<>();
        boolean withdrawn;

        Project(RegisterProjectCommand registration) {
            this.registration = registration;
        }
    }

    static final class Milestone {
        final LogMilestoneCommand log;
        String status = "LOGGED";

        Milestone(LogMilestoneCommand log) {
            this.log = log;
        }
    }

    static final class Challenge {
        final PostChallengeCommand posting;
        String status = "POSTED";
        String projectId;

        Challenge(PostChallengeCommand posting) {
            this.posting = posting;
        }
    }

    final Map<String, Companion> companions = new LinkedHashMap<>();
    final Map<String, Project> projects = new LinkedHashMap<>();
    final Map<String, Milestone> milestones = new LinkedHashMap<>();
    final Map<String, Challenge> challenges = new LinkedHashMap<>();
    final List<RecordLandingCommand> landings = new ArrayList<>();
    private final Set<String> aggregateIds = new HashSet<>();
    private int position;

    static CommandLedger of(List<Object> commands) {
        CommandLedger ledger = new CommandLedger();
        commands.forEach(ledger::play);
        return ledger;
    }

    private void play(Object command) {
        position++;
        if (command instanceof RegisterCompanionCommand c) {
            created(c.companionId());
            require(c.name().length() <= 200 && c.organisation().length() <= 200, "texts fit");
            int capacity = c.capacity() == null ? 8 : c.capacity();
            require(capacity >= 1 && capacity <= 50, "capacity in range");
            companions.put(c.companionId(), new Companion(c.kind(), capacity));
        } else if (command instanceof SuspendCompanionCommand c) {
            move(c.companionId(), "ACTIVE", "SUSPENDED");
        } else if (command instanceof RetireCompanionCommand c) {
            require(companion(c.companionId()).load == 0, "a retiring companion has no projects");
            move(c.companionId(), "ACTIVE", "RETIRED");
        } else if (command instanceof AwardHonourCommand c) {
            companion(c.companionId()).honours.add(c.year() + " " + c.title());
        } else if (command instanceof RegisterProjectCommand c) {
            created(c.projectId());
            require(c.title().length() <= 300 && c.source().length() <= 200 && c.origin().length() <= 200
                    && c.teamLead().length() <= 200, "texts fit");
            projects.put(c.projectId(), new Project(c));
        } else if (command instanceof AssignCompanionCommand c) {
            Project project = open(c.projectId());
            Companion companion = companion(c.companionId());
            require(companion.status.equals("ACTIVE"), "assigned companions are active");
            require(!project.companions.containsKey(c.companionId()), "assigned once");
            require(companion.load < companion.capacity, "within capacity");
            require(c.role() != AssignmentRole.LEAD || !project.companions.containsValue(AssignmentRole.LEAD),
                    "one lead");
            date(c.since());
            companion.load++;
            project.companions.put(c.companionId(), c.role());
        } else if (command instanceof WithdrawProjectCommand c) {
            Project project = open(c.projectId());
            require(project.companions.isEmpty(), "withdrawn projects were never accompanied");
            project.withdrawn = true;
        } else if (command instanceof PostChallengeCommand c) {
            created(c.challengeId());
            challenges.put(c.challengeId(), new Challenge(c));
        } else if (command instanceof MatchChallengeCommand c) {
            Challenge challenge = challenge(c.challengeId());
            require(challenge.status.equals("POSTED"), "matched while posted");
            open(c.projectId());
            require(c.companionId() == null || companions.containsKey(c.companionId()), "known companion");
            challenge.status = "MATCHED";
            challenge.projectId = c.projectId();
        } else if (command instanceof CloseChallengeCommand c) {
            Challenge challenge = challenge(c.challengeId());
            require(challenge.status.equals("POSTED") || challenge.status.equals("MATCHED"), "closed while open");
            challenge.status = "CLOSED";
        } else if (command instanceof LogMilestoneCommand c) {
            open(c.projectId());
            require(ID.matcher(c.milestoneId()).matches() && !milestones.containsKey(c.milestoneId()), "new id");
            date(c.occurredOn());
            amount(c.amountCny(), c.type() == MilestoneType.FINANCING_CLOSED
                    || c.type() == MilestoneType.LICENSING_DEAL);
            if (c.type() == MilestoneType.TECH_PROBLEM_SOLVED) {
                matchedHere(c.challengeId(), c.projectId());
            }
            require(c.type() != MilestoneType.CLINICAL_PHASE_ENTERED || c.phase() != null, "phase given");
            require(c.type() != MilestoneType.JOBS_CREATED || (c.count() != null && c.count() > 0), "count given");
            milestones.put(c.milestoneId(), new Milestone(c));
        } else if (command instanceof VerifyMilestoneCommand c) {
            Milestone milestone = settle(c.projectId(), c.milestoneId(), "VERIFIED");
            if (milestone.log.type() == MilestoneType.TECH_PROBLEM_SOLVED) {
                matchedHere(milestone.log.challengeId(), c.projectId());
                challenge(milestone.log.challengeId()).status = "SOLVED";
            }
        } else if (command instanceof RejectMilestoneCommand c) {
            settle(c.projectId(), c.milestoneId(), "REJECTED");
        } else if (command instanceof RecordLandingCommand c) {
            Project project = open(c.projectId());
            require(!project.companions.isEmpty(), "a companion accompanies a landing project");
            date(c.signedOn());
            amount(c.signedAmountCny(), false);
            require(landings.stream().noneMatch(l -> l.landingId().equals(c.landingId())), "new landing id");
            landings.add(c);
        } else {
            throw new AssertionError("#" + position + ": the seed does not use " + command);
        }
    }

    private void created(String id) {
        require(ID.matcher(id).matches(), "a well-formed id: " + id);
        require(aggregateIds.add(id), "an unused id: " + id);
    }

    private Companion companion(String id) {
        Companion companion = companions.get(id);
        require(companion != null, "a registered companion: " + id);
        return companion;
    }

    private void move(String id, String from, String to) {
        Companion companion = companion(id);
        require(companion.status.equals(from), id + " is " + from);
        companion.status = to;
    }

    private Project open(String id) {
        Project project = projects.get(id);
        require(project != null && !project.withdrawn, "an open project: " + id);
        return project;
    }

    private Challenge challenge(String id) {
        Challenge challenge = challenges.get(id);
        require(challenge != null, "a posted challenge: " + id);
        return challenge;
    }

    private void matchedHere(String challengeId, String projectId) {
        Challenge challenge = challenge(challengeId);
        require(challenge.status.equals("MATCHED") && projectId.equals(challenge.projectId),
                challengeId + " is matched to " + projectId);
    }

    private Milestone settle(String projectId, String milestoneId, String status) {
        Milestone milestone = milestones.get(milestoneId);
        require(milestone != null && milestone.log.projectId().equals(projectId), "a logged milestone " + milestoneId);
        require(milestone.status.equals("LOGGED"), milestoneId + " is still pending");
        milestone.status = status;
        return milestone;
    }

    private void date(LocalDate day) {
        require(day != null && !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY), "a 2025 date by 16 November: " + day);
    }

    private void amount(BigDecimal amount, boolean required) {
        require(!required || (amount != null && amount.signum() > 0), "an amount");
        require(amount == null || (amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2), "CNY in fen");
    }

    private void require(boolean condition, String rule) {
        if (!condition) {
            throw new AssertionError("#" + position + " breaks a rule: " + rule);
        }
    }
}
