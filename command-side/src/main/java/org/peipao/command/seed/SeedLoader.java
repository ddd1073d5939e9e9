package org.peipao.command.seed;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.peipao.api.MetaDataKeys;
import org.peipao.command.shared.RuleViolation;
import org.peipao.seeds.ArticleSeed;
import org.peipao.seeds.SeedSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * With {@code peipao.seed=article}, loads the article's 2025 programme once the server is ready: every command
 * through the command gateway, as an administrator called "seeder", so the seed meets the same rules and makes
 * the same events as any client (only processes that write load: it is part of the command side). A set already
 * loaded is left alone; a load that stopped part-way is completed
 * by sending the set again, where what was handled before changes nothing.
 */
@Component
@ConditionalOnProperty(name = "peipao.seed", havingValue = ArticleSeed.NAME)
public class SeedLoader {

    static final String ACTOR = "seeder";

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);
    private static final MetaData SEEDER = MetaData.with(MetaDataKeys.ACTOR, ACTOR)
            .and(MetaDataKeys.ACTOR_ROLES, "ADMIN");

    private final CommandGateway commands;
    private final EventStore events;
    private final AlreadyDone alreadyDone;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    SeedLoader(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
        this.alreadyDone = new AlreadyDone(events);
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnStart() {
        load();
    }

    public SeedReport load() {
        return load(ArticleSeed.generate());
    }

    /** One load at a time: a second caller waits, then finds the set loaded. */
    public synchronized SeedReport load(SeedSet seed) {
        if (exists(seed.completionMark())) {
            log.info("Seed '{}' is loaded already: nothing to do", seed.name());
            return new SeedReport(seed.name(), true, 0, 0, Duration.ZERO);
        }
        if (exists(targetOf(message(seed.commands().get(0))))) {
            log.info("Seed '{}' was partly loaded by an earlier start: completing it ({} commands)", seed.name(),
                    seed.commands().size());
        } else {
            log.info("Loading seed '{}': {} commands", seed.name(), seed.commands().size());
        }
        ChallengeSolvingWait solving = new ChallengeSolvingWait(events);
        SeedReport report = new SeedRun(seed, command -> {
            boolean alreadyHandled = send(command);
            solving.handled(command);
            return alreadyHandled;
        }).execute();
        log.info("Seed '{}' loaded: {} commands in {} ms ({} commands/s, {} ms of it waiting for the challenge-solving"
                        + " process); {} of them handled by an earlier load", seed.name(), report.sent(),
                report.took().toMillis(), SeedProgress.perSecond(report.sent(), report.took()),
                solving.waited().toMillis(), report.alreadyDone());
        return report;
    }

    /** Sends one command and waits for it; answers whether an earlier load had handled it already. */
    private boolean send(Object command) {
        CommandMessage<?> message = message(command);
        try {
            commands.sendAndWait(message);
            return false;
        } catch (RuleViolation refusal) {
            if (alreadyDone.explains(command, targetOf(message), refusal)) {
                return true;
            }
            throw new IllegalStateException("refused [" + refusal.rule() + "]: " + refusal.getMessage(), refusal);
        }
    }

    private boolean exists(String aggregateId) {
        return events.lastSequenceNumberFor(aggregateId).isPresent();
    }

    private String targetOf(CommandMessage<?> message) {
        return targets.resolveTarget(message).getIdentifier();
    }

    private static CommandMessage<?> message(Object command) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(SEEDER);
    }
}
