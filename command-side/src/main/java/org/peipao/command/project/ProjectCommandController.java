package org.peipao.command.project;

import jakarta.validation.Valid;
import org.peipao.api.project.AssignCompanionCommand;
import org.peipao.api.project.LogMilestoneCommand;
import org.peipao.api.project.RecordLandingCommand;
import org.peipao.api.project.RegisterProjectCommand;
import org.peipao.api.project.RejectMilestoneCommand;
import org.peipao.api.project.ReleaseCompanionCommand;
import org.peipao.api.project.VerifyMilestoneCommand;
import org.peipao.api.project.WithdrawProjectCommand;
import org.peipao.command.web.ClientIds;
import org.peipao.api.ValidId;
import org.peipao.command.web.WriteResult;
import org.peipao.command.web.CommandSender;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/projects", consumes = MediaType.APPLICATION_JSON_VALUE)
class ProjectCommandController {

    private final CommandSender commands;

    ProjectCommandController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<WriteResult> register(@Valid @RequestBody ProjectRequests.Register body) {
        String id = ClientIds.orGenerated(body.id());
        return commands.register("/api/v1/projects/" + id, id, new RegisterProjectCommand(id, body.title(),
                body.domain(), body.source(), body.origin(), body.teamLead(), body.summary()));
    }

    @PostMapping("/{id}/assignments")
    ResponseEntity<WriteResult> assign(@PathVariable @ValidId String id, @Valid @RequestBody ProjectRequests.Assign body) {
        return commands.update(id, new AssignCompanionCommand(id, body.companionId(), body.role(), body.since()));
    }

    @DeleteMapping(path = "/{id}/assignments/{companionId}", consumes = MediaType.ALL_VALUE)
    ResponseEntity<WriteResult> release(@PathVariable @ValidId String id, @PathVariable @ValidId String companionId,
                                        @RequestParam(required = false) String reason) {
        return commands.update(id, new ReleaseCompanionCommand(id, companionId, reason));
    }

    @PostMapping("/{id}/milestones")
    ResponseEntity<WriteResult> logMilestone(@PathVariable @ValidId String id,
                                             @Valid @RequestBody ProjectRequests.LogMilestone body) {
        String milestoneId = ClientIds.orGenerated(body.id());
        return commands.create("/api/v1/projects/" + id, milestoneId, new LogMilestoneCommand(id, milestoneId,
                body.type(), body.occurredOn(), body.summary(), body.evidenceUrl(), body.amountCny(),
                body.challengeId(), body.phase(), body.count()));
    }

    @PostMapping("/{id}/milestones/{milestoneId}/verification")
    ResponseEntity<WriteResult> verifyMilestone(@PathVariable @ValidId String id, @PathVariable @ValidId String milestoneId,
                                                @Valid @RequestBody(required = false) ProjectRequests.Note body) {
        return commands.update(id, new VerifyMilestoneCommand(id, milestoneId, body == null ? null : body.note()));
    }

    @PostMapping("/{id}/milestones/{milestoneId}/rejection")
    ResponseEntity<WriteResult> rejectMilestone(@PathVariable @ValidId String id, @PathVariable @ValidId String milestoneId,
                                                @Valid @RequestBody ProjectRequests.Reason body) {
        return commands.update(id, new RejectMilestoneCommand(id, milestoneId, body.reason()));
    }

    @PostMapping("/{id}/landings")
    ResponseEntity<WriteResult> recordLanding(@PathVariable @ValidId String id,
                                              @Valid @RequestBody ProjectRequests.RecordLanding body) {
        String landingId = ClientIds.orGenerated(body.id());
        return commands.create("/api/v1/projects/" + id, landingId, new RecordLandingCommand(id, landingId,
                body.district(), body.park(), body.form(), body.signedAmountCny(), body.signedOn()));
    }

    @PostMapping("/{id}/withdrawal")
    ResponseEntity<WriteResult> withdraw(@PathVariable @ValidId String id, @Valid @RequestBody ProjectRequests.Reason body) {
        return commands.update(id, new WithdrawProjectCommand(id, body.reason()));
    }
}
