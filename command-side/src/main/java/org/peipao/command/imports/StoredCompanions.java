package org.peipao.command.imports;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.companion.CompanionProfileUpdatedEvent;
import org.peipao.api.companion.CompanionRegisteredEvent;
import org.peipao.api.companion.RegisterCompanionCommand;
import org.peipao.api.text.Texts;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A registered companion's profile as its events leave it (registration, then profile updates), so that an imported
 * row that matches it stores nothing, and one that differs becomes an update.
 */
@Component
class StoredCompanions {

    /** The capacity a registration without one gets (the aggregate's default). */
    private static final int DEFAULT_CAPACITY = 8;

    /** A profile in the normal form the aggregate stores. */
    record Profile(CompanionKind kind, String name, String organisation, List<IndustryDomain> domains, String email,
                   int capacity) {

        /** What registering with {@code command} would store, in the aggregate's normal form. */
        static Profile of(RegisterCompanionCommand command) {
            return new Profile(command.kind(), Texts.tidy(command.name()), Texts.label(command.organisation()),
                    command.domains() == null ? List.of() : command.domains().stream().filter(Objects::nonNull)
                            .distinct().sorted().toList(),
                    Texts.tidyToNull(command.email()),
                    command.capacity() == null ? DEFAULT_CAPACITY : command.capacity());
        }
    }

    private final EventStore events;

    StoredCompanions(EventStore events) {
        this.events = events;
    }

    /** The companion's current profile; empty when {@code companionId} names no companion. */
    Optional<Profile> profile(String companionId) {
        Profile profile = null;
        DomainEventStream stream = events.readEvents(companionId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getPayload() instanceof CompanionRegisteredEvent r) {
                profile = new Profile(r.kind(), r.name(), r.organisation(), r.domains(), r.email(), r.capacity());
            } else if (event.getPayload() instanceof CompanionProfileUpdatedEvent u) {
                profile = new Profile(u.kind(), u.name(), u.organisation(), u.domains(), u.email(), u.capacity());
            }
        }
        return Optional.ofNullable(profile);
    }
}
