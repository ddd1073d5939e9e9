package org.peipao.command.challenge;

import jakarta.validation.Valid;
import org.peipao.api.challenge.CloseChallengeCommand;
import org.peipao.api.challenge.MatchChallengeCommand;
import org.peipao.api.challenge.PostChallengeCommand;
import org.peipao.command.web.ClientIds;
import org.peipao.api.ValidId;
import org.peipao.command.web.WriteResult;
import org.peipao.command.web.CommandSender;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/challenges", consumes = MediaType.APPLICATION_JSON_VALUE)
class ChallengeCommandController {

    private final CommandSender commands;

    ChallengeCommandController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<WriteResult> post(@Valid @RequestBody ChallengeRequests.Post body) {
        String id = ClientIds.orGenerated(body.id());
        return commands.register("/api/v1/challenges/" + id, id, new PostChallengeCommand(id, body.enterprise(),
                body.enterpriseCode(), body.domain(), body.title(), body.description()));
    }

    @PostMapping("/{id}/match")
    ResponseEntity<WriteResult> match(@PathVariable @ValidId String id, @Valid @RequestBody ChallengeRequests.Match body) {
        return commands.update(id, new MatchChallengeCommand(id, body.projectId(), body.companionId()));
    }

    @PostMapping("/{id}/closure")
    ResponseEntity<WriteResult> close(@PathVariable @ValidId String id, @Valid @RequestBody ChallengeRequests.Reason body) {
        return commands.update(id, new CloseChallengeCommand(id, body.reason()));
    }
}
