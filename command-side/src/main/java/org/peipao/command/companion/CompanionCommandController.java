package org.peipao.command.companion;

import jakarta.validation.Valid;
import org.peipao.api.companion.AwardHonourCommand;
import org.peipao.api.companion.RegisterCompanionCommand;
import org.peipao.api.companion.ReinstateCompanionCommand;
import org.peipao.api.companion.RetireCompanionCommand;
import org.peipao.api.companion.SuspendCompanionCommand;
import org.peipao.api.companion.UpdateCompanionProfileCommand;
import org.peipao.command.web.ClientIds;
import org.peipao.api.ValidId;
import org.peipao.command.web.WriteResult;
import org.peipao.command.web.CommandSender;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/companions", consumes = MediaType.APPLICATION_JSON_VALUE)
class CompanionCommandController {

    private final CommandSender commands;

    CompanionCommandController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<WriteResult> register(@Valid @RequestBody CompanionRequests.Register body) {
        String id = ClientIds.orGenerated(body.id());
        return commands.register("/api/v1/companions/" + id, id, new RegisterCompanionCommand(id, body.name(),
                body.kind(), body.organisation(), body.domains(), body.email(), body.capacity()));
    }

    @PutMapping("/{id}/profile")
    ResponseEntity<WriteResult> updateProfile(@PathVariable @ValidId String id,
                                              @Valid @RequestBody CompanionRequests.UpdateProfile body) {
        return commands.update(id, new UpdateCompanionProfileCommand(id, body.name(), body.organisation(),
                body.domains(), body.email(), body.capacity()));
    }

    @PostMapping("/{id}/honours")
    ResponseEntity<WriteResult> awardHonour(@PathVariable @ValidId String id,
                                            @Valid @RequestBody CompanionRequests.Honour body) {
        return commands.update(id, new AwardHonourCommand(id, body.title(), body.year()));
    }

    @PostMapping("/{id}/suspension")
    ResponseEntity<WriteResult> suspend(@PathVariable @ValidId String id,
                                        @Valid @RequestBody CompanionRequests.Reason body) {
        return commands.update(id, new SuspendCompanionCommand(id, body.reason()));
    }

    @DeleteMapping(path = "/{id}/suspension", consumes = MediaType.ALL_VALUE)
    ResponseEntity<WriteResult> reinstate(@PathVariable @ValidId String id) {
        return commands.update(id, new ReinstateCompanionCommand(id));
    }

    @PostMapping("/{id}/retirement")
    ResponseEntity<WriteResult> retire(@PathVariable @ValidId String id,
                                       @Valid @RequestBody CompanionRequests.Reason body) {
        return commands.update(id, new RetireCompanionCommand(id, body.reason()));
    }
}
