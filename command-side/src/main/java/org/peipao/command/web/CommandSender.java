package org.peipao.command.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.peipao.command.shared.RuleViolation;
import org.peipao.command.shared.UnknownEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.net.URI;

/**
 * Sends a command and shapes the answer of a write: {@code 201} with a location for creates, {@code 200}
 * otherwise. An id whose stream holds another kind of aggregate cannot even be loaded: registering under it is
 * refused as an id already used, any other write finds nothing there.
 */
@Component
public class CommandSender {

    private final CommandGateway commands;

    CommandSender(CommandGateway commands) {
        this.commands = commands;
    }

    /** Registers a new aggregate under {@code id}. */
    public ResponseEntity<WriteResult> register(String location, String id, Object command) {
        try {
            Long version = commands.sendAndWait(command);
            return ResponseEntity.created(URI.create(location)).body(new WriteResult(id, version));
        } catch (IncompatibleAggregateException otherKind) {
            throw new RuleViolation("id-already-used", "id " + id + " already names another kind of resource");
        }
    }

    /** Creates a part of an aggregate (a milestone, a landing). */
    public ResponseEntity<WriteResult> create(String location, String id, Object command) {
        return ResponseEntity.created(URI.create(location)).body(new WriteResult(id, send(command)));
    }

    public ResponseEntity<WriteResult> update(String id, Object command) {
        return ResponseEntity.ok(new WriteResult(id, send(command)));
    }

    private long send(Object command) {
        try {
            Long version = commands.sendAndWait(command);
            return version;
        } catch (IncompatibleAggregateException otherKind) {
            throw new UnknownEntity("no such resource");
        }
    }
}
