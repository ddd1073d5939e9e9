package org.peipao.command.project;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionStatus;
import org.peipao.api.project.AssignCompanionCommand;
import org.peipao.api.project.AssignmentRole;
import org.peipao.api.project.CompanionAssignedEvent;
import org.peipao.api.project.CompanionReleasedEvent;
import org.peipao.api.project.LandingRecordedEvent;
import org.peipao.api.project.LogMilestoneCommand;
import org.peipao.api.project.MilestoneLoggedEvent;
import org.peipao.api.project.MilestoneRejectedEvent;
import org.peipao.api.project.MilestoneStatus;
import org.peipao.api.project.MilestoneType;
import org.peipao.api.project.MilestoneVerifiedEvent;
import org.peipao.api.project.ProjectIncubationStartedEvent;
import org.peipao.api.project.ProjectLandedEvent;
import org.peipao.api.project.ProjectRegisteredEvent;
import org.peipao.api.project.ProjectStage;
import org.peipao.api.project.ProjectWithdrawnEvent;
import org.peipao.api.project.RecordLandingCommand;
import org.peipao.api.project.RegisterProjectCommand;
import org.peipao.api.project.RejectMilestoneCommand;
import org.peipao.api.project.ReleaseCompanionCommand;
import org.peipao.api.project.VerifyMilestoneCommand;
import org.peipao.api.project.WithdrawProjectCommand;
import org.peipao.api.text.Texts;
import org.peipao.command.lookup.CommandLookups.AggregateKind;
import org.peipao.command.lookup.CommandLookups.CompanionFacts;
import org.peipao.command.lookup.CommandLookups;
import org.peipao.command.lookup.IdRules;
import org.peipao.command.shared.Actor;
import org.peipao.command.shared.Snapshots;
import org.peipao.command.shared.UnknownEntity;

import org.peipao.command.project.ProjectParts.Assignment;
import org.peipao.command.project.ProjectParts.Landing;
import org.peipao.command.project.ProjectParts.Milestone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.peipao.command.shared.RuleViolation.require;

@Aggregate(snapshotTriggerDefinition = Snapshots.TRIGGER, cache = Snapshots.PROJECT_CACHE)
class Project {

    @AggregateIdentifier
    private String projectId;
    private ProjectRegisteredEvent registration;
    private IndustryDomain domain;
    private String source;
    private ProjectStage stage;
    private LocalDate incubationStartedOn;
    private final Map<String, Assignment> assignments = new LinkedHashMap<>();
    private final Map<String, Milestone> milestones = new LinkedHashMap<>();
    private final Map<String, Landing> landings = new LinkedHashMap<>();

    Project() {
        // for the framework: an empty aggregate, rebuilt from its events
    }

    /**
     * Every command but the registration needs a project to act on: an aggregate that was never created
     * (or a stream of another kind) answers as unknown.
     */
    @CommandHandlerInterceptor
    Object requireRegistered(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        UnknownEntity.requireExisting(registration != null || command.getPayload() instanceof RegisterProjectCommand, "project");
        return chain.proceed();
    }

    /** Idempotent: the same registration again changes nothing; a different one under the same id is refused. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(RegisterProjectCommand command, CommandLookups lookups) {
        ProjectRegisteredEvent registered = ProjectRegistration.of(command);
        if (registration != null) {
            require(registration.equals(registered), "id-already-used",
                    "project " + projectId + " was registered with other details");
            return 0L;
        }
        IdRules.requireUnusedBy(lookups, command.projectId(), AggregateKind.PROJECT);
        apply(registered);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AssignCompanionCommand command, CommandLookups lookups, Clock clock) {
        requireOpen();
        LocalDate since = command.since() == null ? LocalDate.now(clock) : command.since();
        require(!since.isAfter(LocalDate.now(clock)), "since-in-future", "since must not be in the future");
        String companionId = command.companionId();
        CompanionFacts companion = lookups.companion(companionId).orElse(null);
        require(companion != null, "companion-unknown", "no companion " + companionId + " is registered");
        require(companion.status() == CompanionStatus.ACTIVE, "companion-not-active",
                "companion " + companionId + " is " + companion.status());
        require(!assignments.containsKey(companionId), "companion-already-assigned",
                "companion " + companionId + " already accompanies this project");
        require(companion.activeAssignments() < companion.capacity(), "companion-over-capacity",
                "companion " + companionId + " already accompanies " + companion.activeAssignments()
                        + " projects, its capacity");
        require(command.role() != AssignmentRole.LEAD || assignments.values().stream().noneMatch(Assignment::isLead),
                "lead-already-assigned", "the project already has a LEAD companion");
        apply(new CompanionAssignedEvent(projectId, companionId, command.role(), since, domain, source));
        if (stage == ProjectStage.REGISTERED) {
            apply(new ProjectIncubationStartedEvent(projectId, since, domain, source));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ReleaseCompanionCommand command, Clock clock) {
        Assignment assignment = assignments.get(command.companionId());
        require(assignment != null, "companion-not-assigned",
                "companion " + command.companionId() + " does not accompany this project");
        apply(new CompanionReleasedEvent(projectId, command.companionId(), assignment.role(), LocalDate.now(clock),
                Texts.tidyToNull(command.reason()), domain, source));
        return AggregateLifecycle.getVersion();
    }

    /** Idempotent per milestone id: the same facts again change nothing. */
    @CommandHandler
    long handle(LogMilestoneCommand command, CommandLookups lookups, Clock clock, MetaData metaData) {
        MilestoneFacts facts = MilestoneFacts.of(command, LocalDate.now(clock));
        Actor actor = Actor.from(metaData);
        actor.requireAccompanying(assignments.keySet());
        Milestone existing = milestones.get(command.milestoneId());
        if (existing != null) {
            require(existing.facts().equals(facts), "id-already-used",
                    "milestone " + command.milestoneId() + " was logged with other details");
            return existing.loggedAtVersion();
        }
        requireOpen();
        if (facts.type() == MilestoneType.TECH_PROBLEM_SOLVED) {
            MilestoneFacts.requireChallengeMatched(lookups, facts.challengeId(), projectId);
        }
        apply(new MilestoneLoggedEvent(projectId, command.milestoneId(), facts.type(), facts.occurredOn(),
                facts.summary(), facts.evidenceUrl(), facts.amountCny(), facts.amountCny() == null ? null : "CNY",
                facts.challengeId(), facts.phase(),
                facts.count(), actor.isMentor() ? actor.companionId() : null, domain, source));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(VerifyMilestoneCommand command, CommandLookups lookups) {
        Milestone milestone = loggedMilestone(command.milestoneId());
        MilestoneFacts facts = milestone.facts();
        if (facts.type() == MilestoneType.TECH_PROBLEM_SOLVED) {
            MilestoneFacts.requireChallengeMatched(lookups, facts.challengeId(), projectId);
        }
        List<String> credited = milestone.loggedByCompanionId() != null
                ? List.of(milestone.loggedByCompanionId())
                : List.copyOf(assignments.keySet());
        apply(new MilestoneVerifiedEvent(projectId, command.milestoneId(), facts.type(), facts.occurredOn(),
                facts.amountCny(), facts.challengeId(), facts.phase(), facts.count(), Texts.tidyToNull(command.note()),
                credited, domain, source));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RejectMilestoneCommand command) {
        Milestone milestone = loggedMilestone(command.milestoneId());
        apply(new MilestoneRejectedEvent(projectId, command.milestoneId(), milestone.facts().type(),
                milestone.facts().occurredOn(), Texts.tidy(command.reason()), domain, source));
        return AggregateLifecycle.getVersion();
    }

    /** Idempotent per landing id: the same facts again change nothing. */
    @CommandHandler
    long handle(RecordLandingCommand command, Clock clock, MetaData metaData) {
        LandingFacts facts = LandingFacts.of(command, LocalDate.now(clock));
        Actor.from(metaData).requireAccompanying(assignments.keySet());
        Landing existing = landings.get(command.landingId());
        if (existing != null) {
            require(existing.facts().equals(facts), "id-already-used",
                    "landing " + command.landingId() + " was recorded with other details");
            return existing.recordedAtVersion();
        }
        requireOpen();
        require(!assignments.isEmpty(), "landing-requires-active-companion",
                "a landing is recorded for a project that a companion accompanies");
        List<String> credited = List.copyOf(assignments.keySet());
        apply(new LandingRecordedEvent(projectId, command.landingId(), facts.district(), facts.park(), facts.form(),
                facts.signedAmountCny(), facts.signedOn(), credited, domain, source));
        if (stage != ProjectStage.LANDED) {
            apply(new ProjectLandedEvent(projectId, facts.signedOn(), incubationStartedOn, facts.district(), credited,
                    domain, source));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(WithdrawProjectCommand command, Clock clock) {
        require(stage == ProjectStage.REGISTERED || stage == ProjectStage.INCUBATING, "project-not-withdrawable",
                "a " + stage + " project cannot be withdrawn");
        apply(new ProjectWithdrawnEvent(projectId, stage, Texts.tidy(command.reason()), domain, source));
        LocalDate today = LocalDate.now(clock);
        List.copyOf(assignments.entrySet()).forEach(active -> apply(new CompanionReleasedEvent(projectId,
                active.getKey(), active.getValue().role(), today, "project withdrawn", domain, source)));
        return AggregateLifecycle.getVersion();
    }

    private void requireOpen() {
        require(stage != ProjectStage.WITHDRAWN, "project-withdrawn", "project " + projectId + " was withdrawn");
    }

    private Milestone loggedMilestone(String milestoneId) {
        Milestone milestone = milestones.get(milestoneId);
        UnknownEntity.requireExisting(milestone != null, "milestone " + milestoneId + " of project " + projectId);
        require(milestone.status() == MilestoneStatus.LOGGED, "milestone-not-logged",
                "milestone " + milestoneId + " is already " + milestone.status());
        return milestone;
    }

    @EventSourcingHandler
    void on(ProjectRegisteredEvent event) {
        projectId = event.projectId();
        registration = event;
        domain = event.domain();
        source = event.source();
        stage = ProjectStage.REGISTERED;
    }

    @EventSourcingHandler
    void on(CompanionAssignedEvent event) {
        assignments.put(event.companionId(), new Assignment(event.role(), event.since()));
    }

    @EventSourcingHandler
    void on(ProjectIncubationStartedEvent event) {
        stage = ProjectStage.INCUBATING;
        incubationStartedOn = event.startedOn();
    }

    @EventSourcingHandler
    void on(CompanionReleasedEvent event) {
        assignments.remove(event.companionId());
    }

    @EventSourcingHandler
    void on(MilestoneLoggedEvent event, @SequenceNumber long sequence) {
        MilestoneFacts facts = new MilestoneFacts(event.type(), event.occurredOn(), event.summary(),
                event.evidenceUrl(), event.amountCny(), event.challengeId(), event.phase(), event.count());
        milestones.put(event.milestoneId(), new Milestone(facts, MilestoneStatus.LOGGED, event.loggedByCompanionId(),
                sequence));
    }

    @EventSourcingHandler
    void on(MilestoneVerifiedEvent event) {
        milestones.computeIfPresent(event.milestoneId(), (id, m) -> m.withStatus(MilestoneStatus.VERIFIED));
    }

    @EventSourcingHandler
    void on(MilestoneRejectedEvent event) {
        milestones.computeIfPresent(event.milestoneId(), (id, m) -> m.withStatus(MilestoneStatus.REJECTED));
    }

    @EventSourcingHandler
    void on(LandingRecordedEvent event, @SequenceNumber long sequence) {
        LandingFacts facts = new LandingFacts(event.district(), event.park(), event.form(), event.signedAmountCny(),
                event.signedOn());
        landings.put(event.landingId(), new Landing(facts, sequence));
    }

    @EventSourcingHandler
    void on(ProjectLandedEvent event, @SequenceNumber long sequence) {
        stage = ProjectStage.LANDED;
        // It follows the first landing, the only one so far, whose answer was the version after this event.
        landings.replaceAll((id, landing) -> new Landing(landing.facts(), sequence));
    }

    @EventSourcingHandler
    void on(ProjectWithdrawnEvent event) {
        stage = ProjectStage.WITHDRAWN;
    }
}
