package org.peipao.command.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.net.URI;

/** Sends a command and shapes the answer of a write: {@code 201} with a location for creates, {@code 200} otherwise. */
@Component
public class Writes {

    private final CommandGateway commands;

    Writes(CommandGateway commands) {
        this.commands = commands;
    }

    public ResponseEntity<WriteResult> create(String location, String id, Object command) {
        return ResponseEntity.created(URI.create(location)).body(new WriteResult(id, send(command)));
    }

    public ResponseEntity<WriteResult> update(String id, Object command) {
        return ResponseEntity.ok(new WriteResult(id, send(command)));
    }

    private long send(Object command) {
        Long version = commands.sendAndWait(command);
        return version;
    }
}
