package org.peipao.command.web;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.peipao.command.shared.RuleViolation;
import org.peipao.command.shared.UnknownEntity;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.net.URI;

/**
 * Sends a command and shapes the answer of a write: {@code 201} with a location for creates, {@code 200}
 * otherwise; the body is a {@link WriteResult}, and the header {@value #POSITION_HEADER} repeats its position.
 * <ul>
 *   <li>An id whose stream holds another kind of aggregate cannot even be loaded: registering under it is refused as
 *       an id already used, any other write finds nothing there.</li>
 *   <li>Two creates racing on one id (of one kind or two) both pass their checks, and the store's unique keys let
 *       one of them in. The other is sent once more: it then meets what the first created, and is answered as
 *       any later create under that id would be (the same answer if it was the same request, a refusal if not).</li>
 * </ul>
 */
@Component
public class CommandSender {

    /** The response header that carries the global position of a write's last event. */
    public static final String POSITION_HEADER = "Peipao-Position";

    private final CommandGateway commands;
    private final WritePositions positions;
    private final EventStore events;

    CommandSender(CommandGateway commands, WritePositions positions, EventStore events) {
        this.commands = commands;
        this.positions = positions;
        this.events = events;
    }

    /** Registers a new aggregate under {@code id}. */
    public ResponseEntity<WriteResult> register(String location, String id, Object command) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        try {
            long version = sendCreating(message);
            return answer(ResponseEntity.created(URI.create(location)), new WriteResult(id, version, positionOf(message)));
        } catch (IncompatibleAggregateException otherKind) {
            throw new RuleViolation("id-already-used", "id " + id + " already names another kind of resource");
        }
    }

    /** Creates a part of an aggregate (a milestone, a landing). */
    public ResponseEntity<WriteResult> create(String location, String id, Object command) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        long version = send(message);
        return answer(ResponseEntity.created(URI.create(location)), new WriteResult(id, version, positionOf(message)));
    }

    public ResponseEntity<WriteResult> update(String id, Object command) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        long version = send(message);
        return answer(ResponseEntity.ok(), new WriteResult(id, version, positionOf(message)));
    }

    private long sendCreating(CommandMessage<?> message) {
        try {
            return commands.<Long>sendAndWait(message);
        } catch (RuntimeException failure) {
            if (!lostACreateRace(failure)) {
                throw failure;
            }
            return commands.<Long>sendAndWait(message);
        }
    }

    private long send(CommandMessage<?> message) {
        try {
            return commands.<Long>sendAndWait(message);
        } catch (IncompatibleAggregateException otherKind) {
            throw new UnknownEntity("no such resource");
        }
    }

    /** Where the command's last event stands; for a command that stored none, the head of the log (which holds it). */
    private long positionOf(CommandMessage<?> message) {
        return positions.take(message.getIdentifier()).orElseGet(() -> {
            TrackingToken head = events.createHeadToken();
            return head == null ? 0 : head.position().orElse(0);
        });
    }

    private static ResponseEntity<WriteResult> answer(ResponseEntity.BodyBuilder status, WriteResult result) {
        return status.header(POSITION_HEADER, String.valueOf(result.position())).body(result);
    }

    private static boolean lostACreateRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AggregateStreamCreationException || cause instanceof DuplicateKeyException) {
                return true;
            }
        }
        return false;
    }
}
